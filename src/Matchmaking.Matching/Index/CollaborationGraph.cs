namespace Matchmaking.Matching.Index;

/// <summary>
/// Who worked with whom, by document id, as an undirected graph: an edge exists when either actor declares
/// the other, weighted by the larger declared count. Not thread-safe: the index guards it.
/// </summary>
internal sealed class CollaborationGraph
{
    private readonly Dictionary<int, Dictionary<int, int>> declared = [];
    private readonly Dictionary<int, HashSet<int>> declaredBy = [];

    /// <summary>Replaces what <paramref name="document"/> declares.</summary>
    public void Declare(int document, IReadOnlyDictionary<int, int> partners)
    {
        Forget(document);
        if (partners.Count == 0)
        {
            return;
        }

        declared[document] = new Dictionary<int, int>(partners);
        foreach (var partner in partners.Keys)
        {
            if (!declaredBy.TryGetValue(partner, out var set))
            {
                declaredBy[partner] = set = [];
            }

            set.Add(document);
        }
    }

    public void Forget(int document)
    {
        if (declared.Remove(document, out var old))
        {
            foreach (var partner in old.Keys)
            {
                declaredBy[partner].Remove(document);
            }
        }
    }

    /// <summary>The partners of <paramref name="document"/> with the weight of each edge.</summary>
    public Dictionary<int, int> Partners(int document)
    {
        var result = declared.TryGetValue(document, out var own) ? new Dictionary<int, int>(own) : [];
        if (declaredBy.TryGetValue(document, out var others))
        {
            foreach (var other in others)
            {
                var weight = declared[other][document];
                result[other] = Math.Max(result.GetValueOrDefault(other), weight);
            }
        }

        return result;
    }

    public int Degree(int document) => Partners(document).Count;
}
