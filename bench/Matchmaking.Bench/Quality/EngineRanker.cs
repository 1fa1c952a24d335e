using Matchmaking.Bench.Evaluation;
using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Bench.Quality;

/// <summary>
/// The product's matching engine as a ranker: organisations are imported as profiles the way the product
/// would (their past projects as description, keywords as offers, call topics as keywords, past partners
/// as collaborations). Between folds only the profiles that change are re-indexed: the held-out project's
/// participants, through the same <see cref="MatchIndex.Upsert"/> a profile edit takes.
/// With <paramref name="newPartnersOnly"/> an anchor's query sets the product's <see cref="SuggestionQuery.NewPartnersOnly"/>
/// and the ranking leaves the anchor's known partners out (what a user asking for new partners gets).
/// </summary>
public sealed class EngineRanker(MatchingWeights? weights = null, string name = "engine", bool newPartnersOnly = false) : IRanker
{
    private readonly MatchIndex index = new();
    private readonly MatchingWeights weights = weights ?? MatchingWeights.Default;
    private readonly HashSet<int> changed = [];
    private EvaluationFold? fold;

    public string Name { get; } = name;

    /// <summary>The index as prepared for the current fold (team formation reads it too).</summary>
    internal MatchIndex Index => index;

    public void Prepare(EvaluationFold fold)
    {
        ArgumentNullException.ThrowIfNull(fold);
        var participants = fold.Corpus.ParticipantsOf(fold.ProjectIndex);
        if (this.fold is null)
        {
            foreach (var candidate in fold.Candidates)
            {
                index.Upsert(ToProfile(candidate));
            }
        }
        else
        {
            changed.UnionWith(participants);
            foreach (var organisation in changed)
            {
                if (fold.ProfileOf(organisation) is { } profile)
                {
                    index.Upsert(ToProfile(profile));
                }
                else
                {
                    index.Remove(fold.Corpus.OrganisationId(organisation));
                }
            }
        }

        changed.Clear();
        changed.UnionWith(participants);
        this.fold = fold;
    }

    public IReadOnlyList<RankedOrganisation> Rank(RankQuery query, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        var current = fold ?? throw new InvalidOperationException("Prepare must be called before Rank.");
        var suggestions = index.Suggest(new SuggestionQuery
        {
            AskerKey = query.Anchor?.Id,
            Brief = query.Anchor is null ? query.Text : null,
            NewPartnersOnly = newPartnersOnly && query.Anchor is not null,
            Top = Math.Min(k, 200),
            Diversify = false,
            Explain = false,
        }, weights);

        var ranking = new List<RankedOrganisation>(k);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var suggestion in suggestions)
        {
            if (current.ProfileOf(suggestion.Key) is { } organisation && seen.Add(suggestion.Key))
            {
                ranking.Add(new RankedOrganisation(organisation, 1 + suggestion.Score));
            }
        }

        // Past the engine's list, the rest by track record (what the engine knows of actors it did not reach).
        foreach (var organisation in current.Candidates.OrderByDescending(c => c.PastProjectCount).ThenBy(c => c.Index))
        {
            if (ranking.Count >= k)
            {
                break;
            }

            if (organisation.Id != query.Anchor?.Id && !IsLeftOut(query, organisation) && seen.Add(organisation.Id))
            {
                ranking.Add(new RankedOrganisation(organisation, organisation.PastProjectCount / 1e6));
            }
        }

        return ranking;
    }

    private bool IsLeftOut(RankQuery query, OrganisationProfile organisation) =>
        newPartnersOnly && query.Anchor?.PastPartners.ContainsKey(organisation.Id) == true;

    /// <summary>The factor values of every candidate the engine reaches for the query (weight tuning).</summary>
    internal IReadOnlyList<(string Key, FactorValues Factors, int SharedProjects)> Features(RankQuery query) =>
        index.Features(new SuggestionQuery { AskerKey = query.Anchor?.Id, Brief = query.Anchor is null ? query.Text : null, Explain = false });

    private static MatchProfile ToProfile(OrganisationProfile organisation) => new()
    {
        Key = organisation.Id,
        Type = organisation.Kind switch
        {
            OrganisationKind.Company => ActorType.Company,
            OrganisationKind.Research => ActorType.Researcher,
            _ => ActorType.Other,
        },
        Name = organisation.Name,
        Description = organisation.Text,
        Offers = organisation.KeywordPhrases,
        Keywords = organisation.Topics,
        Place = new Place(Municipality: organisation.City, Country: organisation.Country),
        Partners = organisation.PastPartners,
        PastProjects = organisation.PastProjectCount,
    };
}
