using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Silo.Http;
using Orleans;

namespace Matchmaking.Silo.Demo;

/// <summary>
/// The demo events and courses (fictional, in the hubs' style: a cybersecurity course and a predictive-maintenance
/// workshop at Officina Liberty, an AI course at the Cremona hub, an online webinar on energy communities, a science
/// festival for schools, and one meeting already held, with its attendees), embedded in the silo and written through
/// the event grains. A held event is written published, its attendees registered, then marked held.
/// </summary>
public sealed class DemoEvents(IGrainFactory grains)
{
    private const string ResourceName = "Matchmaking.Silo.demo-events.json";

    /// <summary>Writes every demo event and course; returns how many.</summary>
    public async Task<int> LoadAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var (id, hubEvent, attendees) in Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var grain = grains.GetGrain<IEventGrain>(id);
            if (attendees.Count > 0)
            {
                await grain.UpsertAsync(hubEvent with { Status = EventStatus.Published });
                foreach (var attendee in attendees)
                {
                    await grain.RegisterAsync(attendee);
                }
            }

            await grain.UpsertAsync(hubEvent);
            count++;
        }

        return count;
    }

    /// <summary>The demo events and courses with their attendees (for held ones).</summary>
    public static IReadOnlyList<(string Id, HubEvent Event, IReadOnlyList<ActorRef> Attendees)> Read()
    {
        using var stream = typeof(DemoEvents).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The demo resource {ResourceName} is missing.");
        var root = JsonNode.Parse(stream)!.AsObject();
        var events = new List<(string, HubEvent, IReadOnlyList<ActorRef>)>();
        foreach (var node in root["events"]?.AsArray() ?? [])
        {
            var document = node!.AsObject().DeepClone().AsObject();
            var id = document["id"]!.GetValue<string>();
            var kind = EnumNames<EventKind>.TryParse(document["kind"]?.GetValue<string>(), out var parsed) ? parsed : EventKind.Event;
            var attendees = document["attendees"]?.AsArray()
                .Select(a => new ActorRef(ActorKinds.TryParse(a!["kind"]!.GetValue<string>(), out var k) ? k : ActorKind.Company, a["id"]!.GetValue<string>()))
                .ToList() ?? [];
            document.Remove("attendees");
            events.Add((id, EventDocuments.FromDocument(kind, id, document), attendees));
        }

        return events;
    }
}
