using System.Text;

namespace Matchmaking.Matching.Index;

/// <summary>
/// The UTF-8 of each of a profile's terms, as the <see cref="TermDictionary"/> keeps it, and its <see cref="TermHash"/>:
/// made where the profile is analysed (on every core), so that the index's one writer only looks the terms up. All
/// the terms' bytes are in one array.
/// </summary>
internal sealed class TermKeys
{
    /// <summary>A term keeps its first this many characters (terms are words and phrases: far shorter).</summary>
    public const int MaxTermLength = 1_000;

    private readonly byte[] utf8;
    private readonly int[] ends;
    private readonly ulong[] hashes;

    private TermKeys(byte[] utf8, int[] ends, ulong[] hashes) => (this.utf8, this.ends, this.hashes) = (utf8, ends, hashes);

    public int Count => ends.Length;

    public static TermKeys Of(ReadOnlySpan<TermCounts> terms)
    {
        var length = 0;
        foreach (var term in terms)
        {
            length += Encoding.UTF8.GetByteCount(Kept(term.Term));
        }

        var utf8 = new byte[length];
        var ends = new int[terms.Length];
        var hashes = new ulong[terms.Length];
        var end = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var start = end;
            end += Encoding.UTF8.GetBytes(Kept(terms[i].Term), utf8.AsSpan(start));
            ends[i] = end;
            hashes[i] = TermHash.Of(utf8.AsSpan(start, end - start));
        }

        return new TermKeys(utf8, ends, hashes);
    }

    /// <summary>The part of a term that is kept: its first <see cref="MaxTermLength"/> characters.</summary>
    public static ReadOnlySpan<char> Kept(string term) => term.Length > MaxTermLength ? term.AsSpan(0, MaxTermLength) : term.AsSpan();

    public ReadOnlySpan<byte> Utf8(int term) => utf8.AsSpan(term == 0 ? 0 : ends[term - 1], ends[term] - (term == 0 ? 0 : ends[term - 1]));

    public ulong Hash(int term) => hashes[term];
}
