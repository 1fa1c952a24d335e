using System.Text;
using Matchmaking.Matching.Index;
using Xunit;

namespace Matchmaking.Matching.Tests.Index;

public sealed class TermDictionaryTests
{
    [Fact]
    public void A_term_keeps_one_id_and_its_text()
    {
        var terms = new TermDictionary();
        var first = terms.GetOrAdd("manutenzion_predittiv");
        var second = terms.GetOrAdd("città");

        Assert.Equal(first, terms.GetOrAdd("manutenzion_predittiv"));
        Assert.NotEqual(first, second);
        Assert.Equal("manutenzion_predittiv", terms[first]);
        Assert.Equal("città", terms[second]);
        Assert.True(terms.TryGet("città", out var found));
        Assert.Equal(second, found);
        Assert.False(terms.TryGet("visione", out _));
        Assert.Equal(2, terms.Count);
    }

    [Fact]
    public void Texts_survive_the_move_to_a_new_chunk()
    {
        var terms = new TermDictionary();
        var words = Enumerable.Range(0, 120_000).Select(i => $"termine-{i}-ß").ToList();
        var ids = words.Select(terms.GetOrAdd).ToList();

        Assert.Equal(words.Count, terms.Count);
        for (var i = 0; i < words.Count; i += 997)
        {
            Assert.Equal(words[i], terms[ids[i]]);
            Assert.Equal(ids[i], terms.GetOrAdd(words[i]));
        }

        Assert.Equal(words[^1], terms[ids[^1]]);
    }

    [Fact]
    public void Terms_whose_hashes_land_on_one_slot_are_told_apart_by_their_text()
    {
        // Two terms whose hashes have the same low 20 bits: one start in any table of up to a million slots.
        var seen = new Dictionary<ulong, string>();
        var (first, second) = ("", "");
        for (var i = 0; first.Length == 0; i++)
        {
            var term = $"t{i}";
            var low = TermHash.Of(Encoding.UTF8.GetBytes(term)) & 0xFFFFF;
            if (!seen.TryAdd(low, term))
            {
                (first, second) = (seen[low], term);
            }
        }

        var terms = new TermDictionary();
        var ids = new[] { terms.GetOrAdd(first), terms.GetOrAdd(second) };

        Assert.NotEqual(ids[0], ids[1]);
        Assert.Equal([first, second], ids.Select(id => terms[id]));
        Assert.True(terms.TryGet(second, out var found));
        Assert.Equal(ids[1], found);
        Assert.Equal(ids[0], terms.GetOrAdd(first));
    }

    [Fact]
    public void Terms_around_the_longest_one_byte_length_keep_their_text()
    {
        var terms = new TermDictionary();
        string[] words = [.. new[] { 1, 126, 127, 128, 129, 300 }.Select(n => new string('a', n - 1) + "z")];
        var ids = words.Select(terms.GetOrAdd).ToList();

        Assert.Equal(words, ids.Select(id => terms[id]));
        Assert.Equal(ids, words.Select(terms.GetOrAdd));
    }

    [Fact]
    public void A_very_long_term_keeps_its_first_thousand_characters()
    {
        var terms = new TermDictionary();
        var id = terms.GetOrAdd(new string('è', 5_000));

        Assert.Equal(new string('è', 1_000), terms[id]);
        Assert.Equal(id, terms.GetOrAdd(new string('è', 5_000)));
    }
}
