namespace Matchmaking.Matching.Index;

/// <summary>
/// Who worked with whom, by document id, as an undirected graph: an edge exists when either actor declares
/// the other, weighted by the larger declared count. Compact: per document one array of what it declares (partner and
/// count, in the order declared) and one <see cref="DeclarerSet"/> of who declares it, instead of a dictionary and a
/// hash set each. Not thread-safe: the index guards it.
/// </summary>
internal sealed class CollaborationGraph
{
    private readonly List<int[]?> declared = [];
    private readonly List<int[]?> declaredBy = [];

    /// <summary>Replaces what <paramref name="document"/> declares.</summary>
    public void Declare(int document, IReadOnlyDictionary<int, int> partners)
    {
        Forget(document);
        if (partners.Count == 0)
        {
            return;
        }

        var pairs = new int[2 * partners.Count];
        var i = 0;
        foreach (var (partner, times) in partners)
        {
            (pairs[i], pairs[i + 1]) = (partner, times);
            i += 2;
            ref var set = ref Slot(declaredBy, partner);
            set = DeclarerSet.Add(set, document);
        }

        Slot(declared, document) = pairs;
    }

    public void Forget(int document)
    {
        if (document < declared.Count && declared[document] is { } old)
        {
            for (var i = 0; i < old.Length; i += 2)
            {
                DeclarerSet.Remove(declaredBy[old[i]]!, document);
            }

            declared[document] = null;
        }
    }

    /// <summary>The partners of <paramref name="document"/> with the weight of each edge: those it declares, in the
    /// order declared, then those declaring it.</summary>
    public Dictionary<int, int> Partners(int document)
    {
        var own = document < declared.Count ? declared[document] : null;
        var result = new Dictionary<int, int>(own is null ? 0 : own.Length / 2);
        for (var i = 0; own is not null && i < own.Length; i += 2)
        {
            result[own[i]] = own[i + 1];
        }

        if (document < declaredBy.Count && declaredBy[document] is { } others)
        {
            foreach (var other in DeclarerSet.Members(others))
            {
                var weight = WeightOf(declared[other]!, document);
                result[other] = Math.Max(result.GetValueOrDefault(other), weight);
            }
        }

        return result;
    }

    public int Degree(int document) => Partners(document).Count;

    private static int WeightOf(int[] pairs, int partner)
    {
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (pairs[i] == partner)
            {
                return pairs[i + 1];
            }
        }

        return 0;
    }

    private static ref int[]? Slot(List<int[]?> byDocument, int document)
    {
        while (byDocument.Count <= document)
        {
            byDocument.Add(null);
        }

        return ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(byDocument)[document];
    }
}
