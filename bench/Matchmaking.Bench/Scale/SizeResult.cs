namespace Matchmaking.Bench.Scale;

/// <summary>Everything measured at one ecosystem size.</summary>
/// <param name="HeapBytesPerProfile">What the index holds (managed heap growth of the build without the analyzer's token
/// cache) divided by the number of profiles.</param>
/// <param name="TokenCacheBytesPerProfile">The analyzer's token cache at the end of the build (bounded, shared) divided by the number of profiles.</param>
/// <param name="ThemeReachShare">Mean share of all profiles that the asker's themes reach (offering what it seeks or seeking what it offers).</param>
/// <param name="DistinctTerms">Distinct terms and two-word phrases of the texts (counted by the scan, hashed: a slight undercount).</param>
/// <param name="SingleProfileTerms">The share of them that occur in one profile only.</param>
/// <param name="MeanWordPostings">Mean postings of the asker's words (text field, rarer than the engine's common-term cut).</param>
public sealed record SizeResult(
    int Size,
    double BuildSeconds,
    double GenerationShare,
    double BuildGcPauseSeconds,
    double HeapBytesPerProfile,
    double TokenCacheBytesPerProfile,
    double WorkingSetMiB,
    EngineLatency Engine,
    double ScanBuildSeconds,
    Latency Scan,
    double ThemeReachShare,
    double MeanWordPostings,
    int DistinctTerms,
    double SingleProfileTerms)
{
    public double ProfilesPerSecond => Size / BuildSeconds;

    /// <summary>How many times slower the scan is than the engine, at the median.</summary>
    public double ScanOverEngineP50 => Scan.P50 / Engine.Full.P50;
}
