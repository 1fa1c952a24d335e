namespace Matchmaking.Bench.Reviewers;

internal static class Passages
{
    /// <summary>The mean of the <paramref name="closest"/> highest similarities (all of them when fewer); 0 for none.</summary>
    public static double MeanOfClosest(IEnumerable<double> similarities, int closest)
    {
        var top = similarities.OrderByDescending(s => s).Take(Math.Max(1, closest)).ToArray();
        return top.Length == 0 ? 0 : top.Average();
    }
}
