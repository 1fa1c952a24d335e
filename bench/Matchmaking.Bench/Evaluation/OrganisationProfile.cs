namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// What the product would know about an organisation in one fold: built only from its projects other than the
/// held-out one, the way an import would describe it (a description made of past titles and objectives, and
/// offers-like keyword phrases).
/// </summary>
/// <param name="Index">The organisation's dense index in the <see cref="EvaluationCorpus"/> (stable across folds).</param>
/// <param name="Id">The organisation id.</param>
/// <param name="Name">Its most frequent name in those projects.</param>
/// <param name="Kind">The kind of its most frequent activity type in those projects.</param>
/// <param name="ActivityType">That activity type (PRC, HES, REC, PUB, OTH, or empty).</param>
/// <param name="Country">Its most frequent country code.</param>
/// <param name="City">Its most frequent city.</param>
/// <param name="Text">Description: "title. objective" of each past project, separated by blank lines.</param>
/// <param name="KeywordPhrases">Distinct keyword phrases (keywords, EuroSciVoc labels) of its past projects.</param>
/// <param name="Topics">Distinct call topic codes of its past projects.</param>
/// <param name="PastProjectIds">Its projects other than the held-out one.</param>
/// <param name="PastPartners">Partner organisation id → number of shared past projects (held-out project and hubs excluded).</param>
public sealed record OrganisationProfile(
    int Index,
    string Id,
    string Name,
    OrganisationKind Kind,
    string ActivityType,
    string Country,
    string City,
    string Text,
    IReadOnlyList<string> KeywordPhrases,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> PastProjectIds,
    IReadOnlyDictionary<string, int> PastPartners)
{
    /// <summary>The number of past projects (the popularity signal).</summary>
    public int PastProjectCount => PastProjectIds.Count;
}
