using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Calls;
using Orleans;
using Matchmaking.Silo.Http;

namespace Matchmaking.Silo.Demo;

/// <summary>
/// The demo funding calls (fictional, modelled on the hubs' own: a regional call for technology hubs, a
/// foundation's call for cultural-heritage reuse, PNRR digitalisation calls, co-working vouchers, one closed call),
/// embedded in the silo and written through the call grains.
/// </summary>
public sealed class DemoCalls(IGrainFactory grains)
{
    private const string ResourceName = "Matchmaking.Silo.demo-calls.json";

    /// <summary>Writes every demo call (unchanged ones are not rewritten); returns how many.</summary>
    public async Task<int> LoadAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var (id, document) in Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            await grains.GetGrain<ICallGrain>(id).UpsertAsync(CallDocuments.FromDocument(id, document));
            count++;
        }

        return count;
    }

    /// <summary>The demo calls as (id, document).</summary>
    public static IReadOnlyList<(string Id, JsonObject Document)> Read()
    {
        using var stream = typeof(DemoCalls).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The demo resource {ResourceName} is missing.");
        var root = JsonNode.Parse(stream)!.AsObject();
        return [.. (root["calls"]?.AsArray() ?? []).Select(n => (n!["id"]!.GetValue<string>(), n.AsObject()))];
    }
}
