using Matchmaking.Testing.Cluster;
using System.Globalization;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains;
using Matchmaking.Storage;

namespace Matchmaking.EndToEnd.Tests.Cluster;

/// <summary>Checks that acknowledged profile writes were kept: in the storage table itself, and as the silos serve them.</summary>
internal static class StoredProfiles
{
    /// <summary>Each write's profile is in the PostgreSQL table at the acknowledged version, with the acknowledged name.</summary>
    public static async Task AssertStoredAsync(string database, IEnumerable<AcknowledgedWrite> writes)
    {
        var states = new StoredStates(new StorageDatabase(StorageProvider.PostgreSql, database, "matchmaking"), new JsonStateSerializer(MatchmakingJson.Options));
        foreach (var write in writes)
        {
            var row = await states.ReadOneAsync(StateName(write.Kind), write.Id);
            Assert.True(row is not null, $"{write.Path} is not in storage.");
            Assert.Equal(write.Version, row.Version.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(write.Name, (string?)states.Read<JsonObject>(row)["profile"]?["name"]);
        }
    }

    /// <summary>Each target answers a GET of each write's profile with the very document the write was acknowledged with.</summary>
    public static async Task AssertServedAsync(IEnumerable<Target> targets, IReadOnlyList<AcknowledgedWrite> writes)
    {
        foreach (var target in targets)
        {
            foreach (var write in writes)
            {
                var served = JsonNode.Parse(await target.Http.GetStringAsync(write.Path));
                Assert.True(JsonNode.DeepEquals(write.Document, served), $"{target.Name} serves {served!.ToJsonString()} for {write.Path}, acknowledged {write.Document.ToJsonString()}");
            }
        }
    }

    private static string StateName(ActorKind kind) => kind switch
    {
        ActorKind.Company => StorageNames.CompanyProfile,
        ActorKind.Startup => StorageNames.StartupProfile,
        _ => StorageNames.ResearcherProfile,
    };
}
