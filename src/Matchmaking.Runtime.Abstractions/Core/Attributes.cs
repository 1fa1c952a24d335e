namespace Matchmaking.Runtime;

/// <summary>
/// On a grain interface method: the call does not change state, so it may interleave with other
/// read-only calls on the same activation (mirrors <c>Orleans.Concurrency.ReadOnlyAttribute</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute;

/// <summary>
/// On a grain class: all calls may interleave at awaits (mirrors <c>Orleans.Concurrency.ReentrantAttribute</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReentrantAttribute : Attribute;

/// <summary>
/// On a grain constructor parameter of type <see cref="IPersistentState{TState}"/>: the state named
/// <paramref name="stateName"/> kept in the storage provider registered as <paramref name="storageName"/>
/// (mirrors <c>Orleans.Runtime.PersistentStateAttribute</c>). It is read before <c>OnActivateAsync</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    public string StateName { get; } = stateName;

    public string? StorageName { get; } = storageName;
}
