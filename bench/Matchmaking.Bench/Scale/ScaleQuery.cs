using Matchmaking.Abstractions.Profiles;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Bench.Scale;

/// <summary>One benchmark query: an asker (by its index in the synthetic ecosystem) and an optional target kind.</summary>
public sealed record ScaleQuery(int Asker, ActorType? Target)
{
    public string AskerKey => SyntheticEcosystem.KeyOf(Asker);

    /// <summary>The same question over HTTP: <c>api/{kinds}/{id}/suggestions?top=10[&amp;target=…]</c>.</summary>
    public string HttpPath => $"api/{SyntheticEcosystem.KindOf(Asker).Plural()}/{SyntheticEcosystem.IdOf(Asker)}/suggestions?top=10{Target switch
    {
        ActorType.Company => "&target=company",
        ActorType.Startup => "&target=startup",
        ActorType.Researcher => "&target=researcher",
        _ => "",
    }}";

    /// <summary>The query as one grain call would ask it: the asker's top 10, with reasons quoting <paramref name="profiles"/>.</summary>
    public SuggestionQuery ToQuery(Func<string, MatchProfile?>? profiles, bool diversify = true) => new()
    {
        AskerKey = AskerKey,
        Targets = Target is { } target ? new HashSet<ActorType> { target } : new HashSet<ActorType>(),
        Top = 10,
        Diversify = diversify,
        Now = SyntheticEcosystem.Now,
        Profiles = profiles,
    };

    /// <summary>
    /// <paramref name="count"/> queries over an ecosystem of <paramref name="size"/>: askers drawn uniformly,
    /// half of them with a target kind (company, startup or researcher), the same for the same seed.
    /// </summary>
    public static IReadOnlyList<ScaleQuery> Plan(int size, int count, int seed)
    {
        var random = new Random(seed ^ size);
        return Enumerable.Range(0, count)
            .Select(_ => new ScaleQuery(random.Next(size), random.Next(2) == 0 ? null : (ActorType)random.Next(3)))
            .ToList();
    }
}
