namespace Matchmaking.Matching.Index;

/// <summary>Interns terms as dense ids. Not thread-safe: the index guards it.</summary>
internal sealed class TermDictionary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];

    public int Count => terms.Count;

    public int GetOrAdd(string term)
    {
        if (!ids.TryGetValue(term, out var id))
        {
            id = terms.Count;
            ids[term] = id;
            terms.Add(term);
        }

        return id;
    }

    public bool TryGet(string term, out int id) => ids.TryGetValue(term, out id);

    public string this[int id] => terms[id];
}
