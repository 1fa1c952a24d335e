using Matchmaking.Abstractions.Json;
using Matchmaking.Storage;

namespace Matchmaking.EndToEnd.Tests.Infrastructure;

/// <summary>The storage table as it is, to show that a refused request wrote nothing and to damage a row on purpose.</summary>
public static class StoreRows
{
    /// <summary>Every row (cleared ones included) as <c>state key version payload</c>, in a stable order.</summary>
    public static async Task<IReadOnlyList<string>> SnapshotAsync(StorageDatabase database)
    {
        var rows = await States(database).ReadChangedSinceAsync(DateTimeOffset.MinValue);
        return [.. rows.Select(r => $"{r.StateName} {r.Key} {r.Version} {r.Payload}").Order(StringComparer.Ordinal)];
    }

    /// <summary>Replaces a row's payload as it stands in the table (the silo must be stopped, or not hold the grain).</summary>
    public static async Task WritePayloadAsync(StorageDatabase database, string stateName, string key, string payload)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE OrleansStorage SET Payload = @payload WHERE ServiceId = @service AND GrainTypeString = @state AND GrainIdExtensionString = @key";
        command.Add("@payload", payload);
        command.Add("@service", database.ServiceId);
        command.Add("@state", stateName);
        command.Add("@key", GrainKeys.Column(key));
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>A row's payload, or null when there is none.</summary>
    public static async Task<string?> PayloadAsync(StorageDatabase database, string stateName, string key) =>
        (await States(database).ReadOneAsync(stateName, key))?.Payload;

    private static StoredStates States(StorageDatabase database) => new(database, new JsonStateSerializer(MatchmakingJson.Options));
}
