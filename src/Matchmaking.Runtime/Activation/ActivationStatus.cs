namespace Matchmaking.Runtime;

/// <summary>The life of an activation; it only moves forward.</summary>
internal enum ActivationStatus
{
    /// <summary>Being constructed, its state read and OnActivateAsync run; calls queue.</summary>
    Activating,

    /// <summary>Taking calls.</summary>
    Valid,

    /// <summary>Finishing its running turns, then OnDeactivateAsync; new calls wait for a fresh activation.</summary>
    Deactivating,

    /// <summary>Gone from the directory; nothing runs on it any more.</summary>
    Invalid,
}
