using Matchmaking.Storage.Tests.Infrastructure;

namespace Matchmaking.Storage.Tests.Contract;

public abstract partial class GrainStorageContract
{
    [Fact]
    public async Task Two_service_ids_in_one_database_do_not_see_each_others_rows()
    {
        var state = $"isolation-{Guid.NewGuid():N}/profile";
        var other = new StorageDatabase(Database.Provider, Database.ConnectionString, $"other-{Guid.NewGuid():N}");
        await using var theirSilo = await StorageSilo.StartAsync(other);
        var id = NewId();
        await CreateAsync(id, SampleProfile("ours"), stateName: state);

        Assert.False((await ReadAsync(id, theirSilo.Storage, state)).RecordExists);
        var theirs = await CreateAsync(id, SampleProfile("theirs"), theirSilo.Storage, state);
        theirs.State = SampleProfile("theirs again");
        await theirSilo.Storage.WriteStateAsync(state, id, theirs);
        var onlyTheirs = NewId();
        await CreateAsync(onlyTheirs, SampleProfile("only theirs"), theirSilo.Storage, state);
        await theirSilo.Storage.ClearStateAsync(state, id, theirs);

        var ours = await ReadAsync(id, stateName: state);
        Assert.Equal("ours", ours.State.Name);
        Assert.Equal("1", ours.ETag);
        Assert.False((await ReadAsync(onlyTheirs, stateName: state)).RecordExists);
        Assert.Equal([Key(id)], await KeysAsync(Silo.States, state));
        Assert.Equal([Key(onlyTheirs)], await KeysAsync(theirSilo.States, state));
        Assert.Null(await Silo.States.ReadOneAsync(state, Key(onlyTheirs)));
        Assert.Equal("ours", Silo.States.Read<Profile>((await Silo.States.ReadOneAsync(state, Key(id)))!).Name);
    }

    private static async Task<List<string>> KeysAsync(StoredStates states, string stateName)
    {
        var keys = new List<string>();
        await foreach (var (key, _, _) in states.ReadAllAsync<Profile>(stateName))
        {
            keys.Add(key);
        }

        return keys;
    }
}
