namespace Matchmaking.Runtime;

/// <summary>Makes a fresh state with its parameterless constructor (the state of a grain with no record).</summary>
internal static class StateFactory<TState>
{
    public static bool CanCreate { get; } = typeof(TState).IsValueType || typeof(TState).GetConstructor(Type.EmptyTypes) is not null;

    public static TState Create() =>
        CanCreate
            ? Activator.CreateInstance<TState>()
            : throw new InvalidOperationException($"Grain state type {typeof(TState)} needs a public parameterless constructor.");
}
