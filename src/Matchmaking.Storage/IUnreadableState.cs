namespace Matchmaking.Storage;

/// <summary>
/// A grain state that can stand for a stored payload that could not be read (not JSON, a field of the wrong
/// type, a number where a name is required), instead of failing the grain's activation: its owner answers that
/// the record is damaged, and a write replaces it. <see cref="Unreadable"/> says what was wrong; it is never stored.
/// </summary>
public interface IUnreadableState
{
    /// <summary>Null for a state read as it was stored; else what made the payload unreadable.</summary>
    string? Unreadable { get; set; }
}
