namespace Matchmaking.Runtime;

/// <summary>A view into the runtime for tests and benchmarks.</summary>
public interface IGrainRuntimeDiagnostics
{
    /// <summary>Activations currently held (activating, active or deactivating).</summary>
    int ActivationCount { get; }
}
