using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Grains.Tests.Events;

/// <summary>A published cybersecurity course at Officina Liberty, and startups to register for it.</summary>
public static class EventSamples
{
    public static HubEvent Course(int capacity = 50) => new()
    {
        Kind = EventKind.Course,
        Title = new BilingualText { It = "Corso di cybersecurity per PMI", En = "Cybersecurity course for SMEs" },
        Description = new BilingualText { It = "Difendere reti e impianti industriali." },
        Organiser = new Organiser { Hub = "CSMT – Officina Liberty" },
        Themes = ["cybersecurity"],
        Start = new DateTime(2027, 3, 14, 9, 0, 0),
        End = new DateTime(2027, 3, 14, 13, 0, 0),
        Place = new EventPlace { Space = "officina-liberty" },
        Capacity = capacity,
        Audience = [Audience.Companies, Audience.Startups],
        Status = EventStatus.Published,
    };

    public static ActorRef Startup(int i) => new(ActorKind.Startup, $"startup-{i:000}");

    /// <summary>Writes startups 0..count-1 (in parallel: they are different grains).</summary>
    public static async Task WriteStartupsAsync(IGrainFactory grains, int count) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => grains.GetGrain<IStartupGrain>(Startup(i).Id).UpsertAsync(new StartupProfile
        {
            Name = $"Startup {i:000}",
            Description = "Sicurezza informatica per l'industria.",
            Themes = ["cybersecurity"],
            Location = new Location("Brescia", "BS", "Lombardia", "IT"),
            Stage = "mvp",
        })));
}
