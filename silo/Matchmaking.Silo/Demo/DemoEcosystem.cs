using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Silo.Http;

namespace Matchmaking.Silo.Demo;

/// <summary>
/// The demo ecosystem of the Cremona–Brescia–Milano area (fictional actors), embedded in the silo and
/// written through the grains like any import.
/// </summary>
public sealed class DemoEcosystem(ProfileCatalog catalog)
{
    private const string ResourceName = "Matchmaking.Silo.demo-ecosystem.json";

    /// <summary>Writes every demo profile; returns how many.</summary>
    public async Task<int> LoadAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var (kind, id, document) in Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            await catalog.PutAsync(kind, id, document);
            count++;
        }

        return count;
    }

    /// <summary>The demo profiles as (kind, id, document).</summary>
    public static IEnumerable<(ActorKind Kind, string Id, JsonObject Document)> Read()
    {
        using var stream = typeof(DemoEcosystem).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The demo resource {ResourceName} is missing.");
        var root = JsonNode.Parse(stream)!.AsObject();
        var items = new List<(ActorKind, string, JsonObject)>();
        foreach (var kind in ActorKinds.All)
        {
            foreach (var node in root[kind.Plural()]?.AsArray() ?? [])
            {
                var document = node!.AsObject();
                var id = document["id"]!.GetValue<string>();
                items.Add((kind, id, document));
            }
        }

        return items;
    }
}
