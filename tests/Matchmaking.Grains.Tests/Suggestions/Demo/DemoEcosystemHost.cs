using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Grains.Tests.Infrastructure;

namespace Matchmaking.Grains.Tests.Suggestions.Demo;

/// <summary>
/// The silo's demo ecosystem (<c>silo/Matchmaking.Silo/Demo/demo-ecosystem.json</c>, copied beside the tests) written
/// through the grains of a real silo, as the silo's seeding writes it: each document read strictly into its kind's
/// profile, then upserted. <see cref="InitializeAsync"/> before use.
/// </summary>
public sealed class DemoEcosystemHost : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Strict = StrictOptions();

    private readonly GrainHost host = new();

    /// <summary>Every demo profile by actor, in the file's order.</summary>
    public IReadOnlyList<(ActorRef Actor, ActorProfile Profile)> Actors { get; } = Read();

    public GrainHost Host => host;

    public Matchmaker Matchmaker => host.Get<Matchmaker>();

    public ActorProfile Profile(ActorRef actor) => Actors.Single(a => a.Actor == actor).Profile;

    public async Task InitializeAsync()
    {
        await host.StartAsync();
        foreach (var (actor, profile) in Actors)
        {
            await (profile switch
            {
                CompanyProfile company => (Task)host.Grains.GetGrain<ICompanyGrain>(actor.Id).UpsertAsync(company),
                StartupProfile startup => host.Grains.GetGrain<IStartupGrain>(actor.Id).UpsertAsync(startup),
                ResearcherProfile researcher => host.Grains.GetGrain<IResearcherGrain>(actor.Id).UpsertAsync(researcher),
                _ => throw new InvalidOperationException(actor.ToString()),
            });
        }
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>An actor's suggestions through its grain, as the API asks for them.</summary>
    public async Task<IReadOnlyList<SuggestionItem>> SuggestionsAsync(ActorRef actor, SuggestionRequest? request = null) =>
        (await host.Grains.Actor(actor).GetSuggestionsAsync(request ?? SuggestionRequest.Default))!;

    /// <summary>A brief's suggestions, as <c>POST /api/suggestions</c> answers an anonymous caller.</summary>
    public IReadOnlyList<SuggestionItem> Brief(string brief, SuggestionRequest? request = null) =>
        Matchmaker.SuggestForBrief(brief, request ?? SuggestionRequest.Default, publicOnly: true);

    private static List<(ActorRef, ActorProfile)> Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Suggestions", "Demo", "demo-ecosystem.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var actors = new List<(ActorRef, ActorProfile)>();
        foreach (var kind in (ActorKind[])[ActorKind.Company, ActorKind.Startup, ActorKind.Researcher])
        {
            foreach (var node in root[kind.Plural()]!.AsArray())
            {
                var document = node!.AsObject().DeepClone().AsObject();
                var id = document["id"]!.GetValue<string>();
                document.Remove("id");
                ActorProfile profile = kind switch
                {
                    ActorKind.Company => document.Deserialize<CompanyProfile>(Strict)!,
                    ActorKind.Startup => document.Deserialize<StartupProfile>(Strict)!,
                    _ => document.Deserialize<ResearcherProfile>(Strict)!,
                };
                actors.Add((new ActorRef(kind, id), profile));
            }
        }

        return actors;
    }

    private static JsonSerializerOptions StrictOptions()
    {
        var options = MatchmakingJson.Create();
        options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
        return options;
    }
}
