using Matchmaking.Abstractions.Errors;
using Matchmaking.Storage;
using Orleans.Runtime;

namespace Matchmaking.Grains;

/// <summary>How a grain answers for a stored state it could not read (<see cref="IUnreadableState"/>).</summary>
internal static class UnreadableStates
{
    /// <summary>Throws <see cref="UnreadableRecordException"/> naming <paramref name="record"/> when the stored state could not be read.</summary>
    public static void ThrowIfUnreadable<TState>(this IPersistentState<TState> state, string record)
        where TState : IUnreadableState
    {
        if (state.RecordExists && state.State.Unreadable is { } problem)
        {
            throw new UnreadableRecordException(record, problem);
        }
    }
}
