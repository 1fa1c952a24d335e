namespace Matchmaking.Runtime.Tests.Grains;

public sealed class NotesState
{
    public List<string> Notes { get; set; } = [];
}

/// <summary>Keeps its state in the storage named "other", not the default one.</summary>
public interface INotesGrain : IGrainWithStringKey
{
    Task AddAsync(string note);

    [ReadOnly]
    Task<IReadOnlyList<string>> GetAsync();
}

public sealed class NotesGrain([PersistentState("notes", "other")] IPersistentState<NotesState> state) : Grain, INotesGrain
{
    public Task AddAsync(string note)
    {
        state.State.Notes.Add(note);
        return state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> GetAsync() => Task.FromResult<IReadOnlyList<string>>(state.State.Notes);
}

/// <summary>Asks for a storage nobody registered.</summary>
public interface IOrphanGrain : IGrainWithStringKey
{
    Task PingAsync();
}

public sealed class OrphanGrain([PersistentState("orphan", "missing")] IPersistentState<NotesState> state) : Grain, IOrphanGrain
{
    public Task PingAsync() => Task.FromResult(state.RecordExists);
}
