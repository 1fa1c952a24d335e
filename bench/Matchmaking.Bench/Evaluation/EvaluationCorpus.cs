namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// A loaded evaluation set indexed once for hundreds of leave-one-project-out folds.
/// Organisations and projects get dense indices; each project keeps its own contribution (its term counts, its
/// participants), and each organisation its list of projects, so that a fold is the whole-set index with the held-out
/// project's contributions subtracted rather than a rebuild (see <see cref="Fold"/>).
/// Hub organisations (in more than <see cref="HubShare"/> of the projects) get no profile, are never candidates nor
/// relevant, and are left out of every collaboration count; their projects' texts still count for the others.
/// </summary>
public sealed class EvaluationCorpus
{
    private readonly string[] _organisationIds;
    private readonly Dictionary<string, int> _organisationIndex;
    private readonly Dictionary<string, int> _projectIndex;
    private readonly bool[] _isHub;
    private readonly int[][] _projectsOfOrganisation;
    private readonly Participation[][] _participationsOfOrganisation;
    private readonly int[][] _participantsOfProject;
    private readonly TermCounts[] _projectTerms;
    private readonly Dictionary<string, int> _vocabulary;
    private readonly Dictionary<int, int>[] _partners;
    private readonly OrganisationProfile?[] _baseProfiles;

    private EvaluationCorpus(EvaluationDataset dataset, double hubShare)
    {
        Dataset = dataset;
        HubShare = hubShare;
        Projects = dataset.Projects;
        _projectIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < Projects.Count; p++)
        {
            _projectIndex[Projects[p].Id] = p;
        }

        _organisationIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        var projectsOf = new List<List<int>>();
        var participationsOf = new List<List<Participation>>();
        foreach (var participation in dataset.Participations)
        {
            if (!_organisationIndex.TryGetValue(participation.OrganisationId, out var o))
            {
                o = ids.Count;
                _organisationIndex[participation.OrganisationId] = o;
                ids.Add(participation.OrganisationId);
                projectsOf.Add([]);
                participationsOf.Add([]);
            }

            projectsOf[o].Add(_projectIndex[participation.ProjectId]);
            participationsOf[o].Add(participation);
        }

        _organisationIds = [.. ids];
        _projectsOfOrganisation = projectsOf.Select(l => l.ToArray()).ToArray();
        _participationsOfOrganisation = participationsOf.Select(l => l.ToArray()).ToArray();

        _isHub = new bool[_organisationIds.Length];
        var hubs = new List<HubOrganisation>();
        for (var o = 0; o < _organisationIds.Length; o++)
        {
            if (_projectsOfOrganisation[o].Length > hubShare * Projects.Count)
            {
                _isHub[o] = true;
                hubs.Add(new HubOrganisation(_organisationIds[o], MostFrequent(_participationsOfOrganisation[o].Select(p => p.Name)), _projectsOfOrganisation[o].Length));
            }
        }

        Hubs = hubs;

        var participants = Enumerable.Range(0, Projects.Count).Select(_ => new List<int>()).ToArray();
        for (var o = 0; o < _organisationIds.Length; o++)
        {
            if (!_isHub[o])
            {
                foreach (var p in _projectsOfOrganisation[o])
                {
                    participants[p].Add(o);
                }
            }
        }

        _participantsOfProject = participants.Select(l => l.ToArray()).ToArray();

        _partners = new Dictionary<int, int>[_organisationIds.Length];
        for (var o = 0; o < _partners.Length; o++)
        {
            _partners[o] = [];
        }

        foreach (var members in _participantsOfProject)
        {
            foreach (var a in members)
            {
                foreach (var b in members)
                {
                    if (a != b)
                    {
                        _partners[a][b] = _partners[a].GetValueOrDefault(b) + 1;
                    }
                }
            }
        }

        _vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        _projectTerms = Projects.Select(p => CountTerms(ProfileTextOf(p), addToVocabulary: true)).ToArray();
        // Built eagerly so that folds can be evaluated from several threads.
        _baseProfiles = new OrganisationProfile?[_organisationIds.Length];
        for (var o = 0; o < _baseProfiles.Length; o++)
        {
            _baseProfiles[o] = _isHub[o] ? null : CreateProfile(o, -1);
        }
    }

    /// <summary>The dataset this corpus indexes.</summary>
    public EvaluationDataset Dataset { get; }

    /// <summary>The share of projects above which an organisation is a hub (0.5: more than half).</summary>
    public double HubShare { get; }

    /// <summary>The projects; a project's index is its position here.</summary>
    public IReadOnlyList<EvalProject> Projects { get; }

    /// <summary>The organisations excluded as hubs.</summary>
    public IReadOnlyList<HubOrganisation> Hubs { get; }

    /// <summary>The number of organisations (hubs included); indices run from 0 to this minus one.</summary>
    public int OrganisationCount => _organisationIds.Length;

    /// <summary>The number of distinct terms in the projects' profile texts.</summary>
    public int VocabularySize => _vocabulary.Count;

    /// <summary>Indexes a dataset. Hubs are organisations in more than <paramref name="hubShare"/> of its projects.</summary>
    public static EvaluationCorpus Build(EvaluationDataset dataset, double hubShare = 0.5)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hubShare);
        return new EvaluationCorpus(dataset, hubShare);
    }

    /// <summary>The text of a project that goes into its participants' profiles: title, objective, keywords, topics.</summary>
    public static string ProfileTextOf(EvalProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return string.Join('\n', [project.Title, project.Objective, .. project.Keywords, .. project.Topics]);
    }

    /// <summary>The free-text brief of a project, as a user would type it: title and objective.</summary>
    public static string BriefOf(EvalProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Title + "\n" + project.Objective;
    }

    /// <summary>The id of the organisation at <paramref name="index"/>.</summary>
    public string OrganisationId(int index) => _organisationIds[index];

    /// <summary>The index of an organisation id, or -1.</summary>
    public int OrganisationIndex(string id) => _organisationIndex.GetValueOrDefault(id, -1);

    /// <summary>The index of a project id, or -1.</summary>
    public int ProjectIndex(string id) => _projectIndex.GetValueOrDefault(id, -1);

    /// <summary>Whether the organisation is an excluded hub.</summary>
    public bool IsHub(int organisation) => _isHub[organisation];

    /// <summary>The indices of all projects of an organisation (held-out project not removed).</summary>
    public IReadOnlyList<int> ProjectsOf(int organisation) => _projectsOfOrganisation[organisation];

    /// <summary>The non-hub participants of a project.</summary>
    public IReadOnlyList<int> ParticipantsOf(int project) => _participantsOfProject[project];

    /// <summary>The term counts of a project's profile text (<see cref="ProfileTextOf"/>): its contribution to each participant.</summary>
    public TermCounts ProjectTerms(int project) => _projectTerms[project];

    /// <summary>Term counts of any text over this corpus' vocabulary; tokens the corpus never saw are dropped.</summary>
    public TermCounts TermsOf(string text) => CountTerms(text, addToVocabulary: false);

    /// <summary>Shared projects of two organisations over the whole set (no project held out).</summary>
    public int SharedProjectsInAll(int a, int b) => _partners[a].GetValueOrDefault(b);

    /// <summary>
    /// The fold for one held-out project: every profile and collaboration count without that project.
    /// Cost: only the held-out project's participants get new profiles; everybody else keeps the whole-set profile,
    /// which cannot mention the held-out project because they were not in it.
    /// </summary>
    public EvaluationFold Fold(int heldOutProject)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(heldOutProject);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(heldOutProject, Projects.Count);
        return new EvaluationFold(this, heldOutProject);
    }

    /// <summary>
    /// The profile of an organisation built from its projects other than <paramref name="excludedProject"/>
    /// (-1: none excluded); null for hubs and for organisations with no other project.
    /// </summary>
    public OrganisationProfile? BuildProfile(int organisation, int excludedProject)
    {
        if (_isHub[organisation])
        {
            return null;
        }

        if (excludedProject < 0 || Array.IndexOf(_projectsOfOrganisation[organisation], excludedProject) < 0)
        {
            return _baseProfiles[organisation];
        }

        return CreateProfile(organisation, excludedProject);
    }

    private OrganisationProfile? CreateProfile(int organisation, int excludedProject)
    {
        var projects = _projectsOfOrganisation[organisation];
        var rows = _participationsOfOrganisation[organisation];
        var keep = Enumerable.Range(0, projects.Length).Where(i => projects[i] != excludedProject).ToArray();
        if (keep.Length == 0)
        {
            return null;
        }

        var past = keep.Select(i => Projects[projects[i]]).ToArray();
        var activity = MostFrequent(keep.Select(i => rows[i].ActivityType));
        var excludedMembers = excludedProject >= 0 ? _participantsOfProject[excludedProject] : [];
        var partners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (partner, shared) in _partners[organisation])
        {
            var count = shared - (Array.IndexOf(excludedMembers, partner) >= 0 ? 1 : 0);
            if (count > 0)
            {
                partners[_organisationIds[partner]] = count;
            }
        }

        return new OrganisationProfile(
            organisation,
            _organisationIds[organisation],
            MostFrequent(keep.Select(i => rows[i].Name)),
            ActivityType.KindOf(activity),
            activity,
            MostFrequent(keep.Select(i => rows[i].Country)),
            MostFrequent(keep.Select(i => rows[i].City)),
            string.Join("\n\n", past.Select(p => p.Title + ". " + p.Objective)),
            past.SelectMany(p => p.Keywords).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            past.SelectMany(p => p.Topics).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            past.Select(p => p.Id).ToArray(),
            partners);
    }

    private TermCounts CountTerms(string text, bool addToVocabulary)
    {
        var counts = new Dictionary<int, int>();
        foreach (var token in Tokenizer.Tokens(text))
        {
            if (!_vocabulary.TryGetValue(token, out var term))
            {
                if (!addToVocabulary)
                {
                    continue;
                }

                term = _vocabulary.Count;
                _vocabulary[token] = term;
            }

            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        return TermCounts.From(counts);
    }

    // The most frequent non-empty value, ties to the first seen; empty if there is none.
    private static string MostFrequent(IEnumerable<string> values) =>
        values.Where(v => v.Length > 0)
            .GroupBy(v => v, StringComparer.Ordinal)
            .Select((g, order) => (g.Key, Count: g.Count(), order))
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.order)
            .Select(x => x.Key)
            .FirstOrDefault() ?? string.Empty;
}
