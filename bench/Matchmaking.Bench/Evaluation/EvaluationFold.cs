namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// One leave-one-project-out fold: the held-out project P, every organisation's profile built without P, and the
/// collaboration graph without P. Organisations whose only project is P have no profile here: they are neither
/// candidates nor relevant.
/// </summary>
public sealed class EvaluationFold
{
    private readonly OrganisationProfile?[] _profiles;
    private readonly HashSet<int> _participants;

    internal EvaluationFold(EvaluationCorpus corpus, int heldOutProject)
    {
        Corpus = corpus;
        ProjectIndex = heldOutProject;
        HeldOutProject = corpus.Projects[heldOutProject];
        _participants = [.. corpus.ParticipantsOf(heldOutProject)];

        _profiles = new OrganisationProfile?[corpus.OrganisationCount];
        var candidates = new List<OrganisationProfile>(corpus.OrganisationCount);
        for (var o = 0; o < _profiles.Length; o++)
        {
            var profile = corpus.BuildProfile(o, heldOutProject);
            _profiles[o] = profile;
            if (profile is not null)
            {
                candidates.Add(profile);
            }
        }

        Candidates = candidates;
        ProfiledParticipants = corpus.ParticipantsOf(heldOutProject)
            .Select(o => _profiles[o])
            .OfType<OrganisationProfile>()
            .ToArray();
    }

    /// <summary>The corpus this fold is cut from.</summary>
    public EvaluationCorpus Corpus { get; }

    /// <summary>The index of the held-out project P.</summary>
    public int ProjectIndex { get; }

    /// <summary>The held-out project P.</summary>
    public EvalProject HeldOutProject { get; }

    /// <summary>Every organisation with a profile in this fold, in index order (hubs never included).</summary>
    public IReadOnlyList<OrganisationProfile> Candidates { get; }

    /// <summary>P's participants that have a profile without P: the organisations a ranking should find.</summary>
    public IReadOnlyList<OrganisationProfile> ProfiledParticipants { get; }

    /// <summary>The organisation's profile without P, or null (hub, or P was its only project).</summary>
    public OrganisationProfile? ProfileOf(int organisation) => _profiles[organisation];

    /// <summary>The organisation's profile without P, or null (unknown id, hub, or P was its only project).</summary>
    public OrganisationProfile? ProfileOf(string organisationId)
    {
        var index = Corpus.OrganisationIndex(organisationId);
        return index >= 0 ? _profiles[index] : null;
    }

    /// <summary>Whether the organisation is a (non-hub) participant of P.</summary>
    public bool IsParticipant(int organisation) => _participants.Contains(organisation);

    /// <summary>Past projects of the organisation without P (0 without a profile).</summary>
    public int PastProjectCount(int organisation) => _profiles[organisation]?.PastProjectCount ?? 0;

    /// <summary>Projects other than P that both organisations are in: the collaboration graph without P.</summary>
    public int SharedProjects(int a, int b)
    {
        if (a == b)
        {
            return 0;
        }

        var shared = Corpus.SharedProjectsInAll(a, b);
        return _participants.Contains(a) && _participants.Contains(b) ? shared - 1 : shared;
    }
}
