using System.Net;
using Matchmaking.Storage;
using Matchmaking.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime.Membership;
using Orleans.Runtime;
using Orleans.Runtime.MembershipService;

namespace Matchmaking.EndToEnd.Tests.Cluster;

/// <summary>
/// Our membership schema (<see cref="ClusteringSchema"/>) under Orleans' own ADO.NET clustering provider, without
/// a silo: created by several starters at once, it holds the nine queries, and the provider's table and gateway
/// list keep the membership protocol's rules on it — one version per cluster, every row change only together
/// with a bump from the version read, stale or duplicate changes refused without a bump.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MembershipQueriesTests(PostgresFixture postgres)
{
    private static readonly string[] QueryKeys =
    [
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey", "MembershipReadRowKey",
        "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey", "CleanupDefunctSiloEntriesKey",
    ];

    [Fact]
    public async Task The_schema_is_created_once_when_three_silos_start_together_with_the_storage_schema_and_again_harmlessly()
    {
        var database = await postgres.Server.CreateUniqueDatabaseAsync("membership");
        var storage = new StorageDatabase(StorageProvider.PostgreSql, database, "matchmaking");

        await Task.WhenAll(
            ClusteringSchema.EnsureAsync(database),
            ClusteringSchema.EnsureAsync(database),
            StorageSchema.EnsureAsync(storage),
            ClusteringSchema.EnsureAsync(database));
        await ClusteringSchema.EnsureAsync(database);

        var keys = await QueryKeysAsync(database);
        Assert.All(QueryKeys, k => Assert.Contains(k, keys));
        Assert.Contains("WriteToStorageKey", keys);

        // The provider finds every query it needs (it refuses to start otherwise).
        await NewTable(database, "c1").InitializeMembershipTableAsync(tryInitTableVersion: true);
    }

    [Fact]
    public async Task The_provider_keeps_the_membership_protocol_on_our_queries()
    {
        var database = await postgres.Server.CreateUniqueDatabaseAsync("membership");
        await ClusteringSchema.EnsureAsync(database);
        var table = NewTable(database, "c1");
        var other = NewTable(database, "c2");
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        await other.InitializeMembershipTableAsync(tryInitTableVersion: true);

        var empty = await table.ReadAllAsync();
        Assert.Empty(empty.Members);
        Assert.Equal(0, empty.Version.Version);

        // Insert: only from the current version, only once, each success one bump.
        var first = Entry(11111, SiloStatus.Joining);
        Assert.True(await table.InsertRowAsync(first, empty.Version.Next()));
        var one = await table.ReadAllAsync();
        Assert.Equal(1, one.Version.Version);
        Assert.Equal(first.SiloAddress, Assert.Single(one.Members).Item1.SiloAddress);
        Assert.False(await table.InsertRowAsync(first, one.Version.Next()));
        var second = Entry(11112, SiloStatus.Joining);
        Assert.False(await table.InsertRowAsync(second, empty.Version.Next()));
        Assert.Equal(1, (await table.ReadAllAsync()).Version.Version);

        // Another cluster in the same table is another version and other rows.
        var otherData = await other.ReadAllAsync();
        Assert.Equal(0, otherData.Version.Version);
        Assert.Empty(otherData.Members);

        // Concurrent inserts from one version: exactly one wins.
        var racers = Enumerable.Range(0, 5).Select(i => Entry(12000 + i, SiloStatus.Joining)).ToList();
        var results = await Task.WhenAll(racers.Select(async r =>
        {
            var silo = NewTable(database, "c1");
            await silo.InitializeMembershipTableAsync(tryInitTableVersion: false);
            return await silo.InsertRowAsync(r, one.Version.Next());
        }));
        Assert.Single(results, r => r);
        var afterRace = await table.ReadAllAsync();
        Assert.Equal(2, afterRace.Version.Version);
        Assert.Equal(2, afterRace.Members.Count);

        // Update: status and suspicions, from the current version only; a missing row bumps nothing.
        var suspicion = new DateTime(2026, 12, 2, 10, 30, 15, 123, DateTimeKind.Utc);
        first.Status = SiloStatus.Active;
        first.SuspectTimes = [Tuple.Create(racers[0].SiloAddress, suspicion)];
        first.IAmAliveTime = DateTime.UtcNow;
        // As a silo does: the row's etag and the table version from one read.
        var etag = afterRace.Members.Single(m => m.Item1.SiloAddress.Equals(first.SiloAddress)).Item2;
        Assert.True(await table.UpdateRowAsync(first, etag, afterRace.Version.Next()));
        Assert.False(await table.UpdateRowAsync(first, etag, afterRace.Version.Next()));
        var current = await table.ReadAllAsync();
        Assert.False(await table.UpdateRowAsync(Entry(13000, SiloStatus.Active), current.Version.VersionEtag, current.Version.Next()));
        var row = await table.ReadRowAsync(first.SiloAddress);
        Assert.Equal(3, row.Version.Version);
        var read = Assert.Single(row.Members).Item1;
        Assert.Equal(SiloStatus.Active, read.Status);
        Assert.Equal(first.SiloName, read.SiloName);
        Assert.Equal(first.HostName, read.HostName);
        Assert.Equal(first.ProxyPort, read.ProxyPort);
        Assert.Equal(first.StartTime, read.StartTime, TimeSpan.FromMilliseconds(1));
        var suspect = Assert.Single(read.SuspectTimes!);
        Assert.Equal(racers[0].SiloAddress, suspect.Item1);
        Assert.Equal(suspicion, suspect.Item2, TimeSpan.FromMilliseconds(1));

        // A missing row reads as the version alone.
        var missing = await table.ReadRowAsync(Entry(13001, SiloStatus.Active).SiloAddress);
        Assert.Empty(missing.Members);
        Assert.Equal(3, missing.Version.Version);

        // The heartbeat moves the time and nothing else.
        first.IAmAliveTime = DateTime.UtcNow.AddSeconds(5);
        await table.UpdateIAmAliveAsync(first);
        row = await table.ReadRowAsync(first.SiloAddress);
        Assert.Equal(first.IAmAliveTime, row.Members[0].Item1.IAmAliveTime, TimeSpan.FromMilliseconds(1));
        Assert.Equal(3, row.Version.Version);

        // Gateways: active silos with a gateway port.
        var gateways = new AdoNetGatewayListProvider(
            NullLogger<AdoNetGatewayListProvider>.Instance,
            new ServiceCollection().BuildServiceProvider(),
            Options.Create(new AdoNetClusteringClientOptions { Invariant = "Npgsql", ConnectionString = database }),
            Options.Create(new GatewayOptions()),
            Options.Create(new ClusterOptions { ClusterId = "c1", ServiceId = "matchmaking" }));
        await gateways.InitializeGatewayListProviderAsync();
        Assert.Equal([first.SiloAddress.Endpoint.Address.ToString()], (await gateways.GetGatewaysAsync()).Select(u => u.Host));
        Assert.Equal(first.ProxyPort, Assert.Single(await gateways.GetGatewaysAsync()).Port);

        // Cleanup drops rows not alive since the date unless active.
        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(first.SiloAddress, Assert.Single((await table.ReadAllAsync()).Members).Item1.SiloAddress);

        // Deleting the cluster leaves the other one alone.
        Assert.True(await other.InsertRowAsync(Entry(14000, SiloStatus.Joining), (await other.ReadAllAsync()).Version.Next()));
        await table.DeleteMembershipTableEntriesAsync("c1");
        Assert.Equal((0, 0), await CountAsync(database, "c1"));
        Assert.Equal((1, 1), await CountAsync(database, "c2"));
    }

    private static AdoNetClusteringTable NewTable(string connectionString, string clusterId) => new(
        new ServiceCollection().BuildServiceProvider(),
        Options.Create(new ClusterOptions { ClusterId = clusterId, ServiceId = "matchmaking" }),
        Options.Create(new AdoNetClusteringSiloOptions { Invariant = "Npgsql", ConnectionString = connectionString }),
        NullLogger<AdoNetClusteringTable>.Instance);

    private static MembershipEntry Entry(int port, SiloStatus status)
    {
        var now = DateTime.UtcNow;
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.New(IPAddress.Loopback, port, 42),
            SiloName = $"silo-{port}",
            HostName = "localhost",
            Status = status,
            ProxyPort = port + 1000,
            StartTime = now,
            IAmAliveTime = now,
        };
    }

    private static async Task<HashSet<string>> QueryKeysAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT querykey FROM orleansquery", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new HashSet<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static async Task<(long Versions, long Members)> CountAsync(string connectionString, string clusterId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM orleansmembershipversion WHERE deploymentid = @c),
                   (SELECT count(*) FROM orleansmembership WHERE deploymentid = @c)
            """, connection);
        command.Parameters.AddWithValue("c", clusterId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
