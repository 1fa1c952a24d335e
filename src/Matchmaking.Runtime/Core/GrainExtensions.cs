namespace Matchmaking.Runtime;

/// <summary>Orleans-shaped helpers on grains (mirrors <c>Orleans.GrainExtensions</c>).</summary>
public static class GrainExtensions
{
    /// <summary>The string key of the grain, available from its constructor on.</summary>
    public static string GetPrimaryKeyString(this Grain grain)
    {
        ArgumentNullException.ThrowIfNull(grain);
        return grain.GrainId.Key;
    }
}
