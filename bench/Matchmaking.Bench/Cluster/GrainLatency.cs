using System.Diagnostics;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Bench.Scale;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Grains.Profiles;
using Matchmaking.Matching.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Matchmaking.Bench.Cluster;

/// <summary>
/// One suggestion at a time, the same queries asked two ways of the same silo, interleaved so that both see the
/// same machine: through the actor's grain as an Orleans client of the cluster (the gateway's TCP hop included)
/// and over loopback HTTP (Kestrel, auth, the API's validation and JSON on top of the same grain call).
/// </summary>
public static class GrainLatency
{
    public static async Task<(Latency Grain, Latency Http)> MeasureAsync(string database, HttpClient http, IReadOnlyList<ScaleQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(queries);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = BenchCluster.ClusterId;
                o.ServiceId = "matchmaking";
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = database;
            });
        });
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        foreach (var query in queries.Take(100))
        {
            await AskGrainAsync(grains, query); // warm-up: JIT on both sides, activations
            await AskHttpAsync(http, query);
        }

        var byGrain = new List<double>(queries.Count);
        var byHttp = new List<double>(queries.Count);
        foreach (var query in queries)
        {
            byGrain.Add(await AskGrainAsync(grains, query));
            byHttp.Add(await AskHttpAsync(http, query));
        }

        await host.StopAsync();
        return (Latency.Of(byGrain), Latency.Of(byHttp));
    }

    private static async Task<double> AskGrainAsync(IGrainFactory grains, ScaleQuery query)
    {
        var actor = grains.Actor(new ActorRef(SyntheticEcosystem.KindOf(query.Asker), SyntheticEcosystem.IdOf(query.Asker)));
        var request = new SuggestionRequest(query.Target is { } target and not ActorType.Other ? [(ActorKind)(int)target] : []);
        var start = Stopwatch.GetTimestamp();
        var items = await actor.GetSuggestionsAsync(request);
        var took = Latency.Milliseconds(start, Stopwatch.GetTimestamp());
        return items is null ? throw new InvalidOperationException($"{query.AskerKey} is not known to the cluster.") : took;
    }

    private static async Task<double> AskHttpAsync(HttpClient http, ScaleQuery query)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(new Uri(query.HttpPath, UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        var took = Latency.Milliseconds(start, Stopwatch.GetTimestamp());
        return response.IsSuccessStatusCode ? took : throw new InvalidOperationException($"GET {query.HttpPath} answered {(int)response.StatusCode}.");
    }
}
