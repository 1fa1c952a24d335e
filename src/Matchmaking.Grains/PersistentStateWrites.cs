using Orleans.Runtime;

namespace Matchmaking.Grains;

/// <summary>How a grain writes its state: all of it or nothing, in memory as in storage.</summary>
internal static class PersistentStateWrites
{
    /// <summary>Writes <paramref name="next"/>; when the write fails, the grain's state in memory is the previous one again.</summary>
    public static async Task WriteOrRestoreAsync<TState>(this IPersistentState<TState> state, TState next)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            throw;
        }
    }
}
