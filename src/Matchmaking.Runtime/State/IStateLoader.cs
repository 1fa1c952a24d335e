namespace Matchmaking.Runtime;

/// <summary>A persistent state the runtime reads before <see cref="Grain.OnActivateAsync"/>.</summary>
internal interface IStateLoader
{
    Task ReadStateAsync(CancellationToken cancellationToken);
}
