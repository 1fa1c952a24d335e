using System.Reflection;

namespace Matchmaking.Runtime;

/// <summary>Settings of the in-process grain runtime (names follow Orleans' <c>GrainCollectionOptions</c>).</summary>
public sealed class GrainRuntimeOptions
{
    /// <summary>How long an activation may go without calls before it is deactivated.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a deactivation (and shutdown as a whole) may take before it is given up on.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where grain classes are discovered: every non-abstract class deriving from <see cref="Grain"/>.</summary>
    public IList<Assembly> GrainAssemblies { get; } = [];

    /// <summary>The storage used when a <see cref="PersistentStateAttribute"/> names none.</summary>
    public string DefaultStorageName { get; set; } = "Default";
}
