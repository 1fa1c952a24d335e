namespace Matchmaking.Runtime;

/// <summary>How a turn shares its activation.</summary>
internal enum TurnKind
{
    /// <summary>Alone: no other turn runs on the activation meanwhile.</summary>
    Exclusive,

    /// <summary>Alongside other shared turns ([ReadOnly] calls, every call of a [Reentrant] grain), never an exclusive one.</summary>
    Shared,
}

/// <summary>A turn waiting in an activation's queue; completes with false when the activation stops accepting turns.</summary>
internal sealed class TurnWaiter(TurnKind kind) : TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)
{
    public TurnKind Kind { get; } = kind;
}
