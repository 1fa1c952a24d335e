namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Experimental system "project-neighbours" (<c>eval --experiments</c>): the document-centric expert-finding model.
/// Each past project is a document scored by Okapi BM25 against the query (k1 = 1.2, b = 0.75, the query's counts
/// damped as 1 + ln c); an organisation scores the sum of its past projects' scores, each divided by the best one.
/// The sum mixes topicality (similar projects) and track record (many projects) without a weight between them.
/// Brief mode queries with the brief; entity mode with the anchor's past projects' words (held-out project excluded).
/// </summary>
/// <remarks>
/// The held-out project is no document of its fold: it is skipped in the postings, its words lose one document
/// frequency, and N counts the other projects.
/// </remarks>
public sealed class ProjectNeighbourRanker : IRanker
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly EvaluationCorpus _corpus;
    private readonly CandidateOrder _order;
    private readonly int[][] _postingProjects;
    private readonly int[][] _postingCounts;
    private readonly double[] _lengthNorm;
    private readonly double[] _projectScores;
    private readonly double[] _scores;
    private EvaluationFold? _fold;

    /// <summary>Builds the project-level index of a corpus.</summary>
    public ProjectNeighbourRanker(RankerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _corpus = context.Corpus;
        _order = new CandidateOrder(_corpus, context.Seed);
        var projects = _corpus.Projects.Count;
        var postings = new List<(int Project, int Count)>[_corpus.VocabularySize];
        long totalLength = 0;
        for (var p = 0; p < projects; p++)
        {
            var terms = _corpus.ProjectTerms(p);
            totalLength += terms.Length;
            for (var i = 0; i < terms.TermArray.Length; i++)
            {
                (postings[terms.TermArray[i]] ??= []).Add((p, terms.CountArray[i]));
            }
        }

        var averageLength = Math.Max(1, (double)totalLength / Math.Max(1, projects));
        _lengthNorm = Enumerable.Range(0, projects)
            .Select(p => K1 * (1 - B + (B * _corpus.ProjectTerms(p).Length / averageLength)))
            .ToArray();
        _postingProjects = postings.Select(l => l?.Select(x => x.Project).ToArray() ?? []).ToArray();
        _postingCounts = postings.Select(l => l?.Select(x => x.Count).ToArray() ?? []).ToArray();
        _projectScores = new double[projects];
        _scores = new double[_corpus.OrganisationCount];
    }

    /// <inheritdoc />
    public string Name => "project-neighbours";

    /// <inheritdoc />
    public void Prepare(EvaluationFold fold) => _fold = fold ?? throw new ArgumentNullException(nameof(fold));

    /// <inheritdoc />
    public IReadOnlyList<RankedOrganisation> Rank(RankQuery query, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fold = _fold ?? throw new InvalidOperationException("Prepare must be called before Rank.");
        Array.Clear(_projectScores);
        Array.Clear(_scores);
        ScoreProjects(QueryBag(query, fold.ProjectIndex), fold.ProjectIndex);
        var best = _projectScores.Max();
        if (best > 0)
        {
            foreach (var candidate in fold.Candidates)
            {
                var sum = 0.0;
                foreach (var p in _corpus.ProjectsOf(candidate.Index))
                {
                    if (p != fold.ProjectIndex)
                    {
                        sum += _projectScores[p] / best;
                    }
                }

                _scores[candidate.Index] = sum;
            }
        }

        return _order.Top(fold, query.Anchor, _scores, [], k);
    }

    private Dictionary<int, int> QueryBag(RankQuery query, int heldOut)
    {
        var bag = new Dictionary<int, int>();
        var bags = query.Anchor is { } anchor
            ? _corpus.ProjectsOf(anchor.Index).Where(p => p != heldOut).Select(_corpus.ProjectTerms)
            : [_corpus.TermsOf(query.Text)];
        foreach (var terms in bags)
        {
            for (var i = 0; i < terms.TermArray.Length; i++)
            {
                bag[terms.TermArray[i]] = bag.GetValueOrDefault(terms.TermArray[i]) + terms.CountArray[i];
            }
        }

        return bag;
    }

    private void ScoreProjects(Dictionary<int, int> bag, int heldOut)
    {
        var documents = _corpus.Projects.Count - 1;
        var heldOutTerms = _corpus.ProjectTerms(heldOut);
        foreach (var (term, count) in bag)
        {
            var projects = _postingProjects[term];
            var frequency = projects.Length - (heldOutTerms.CountOf(term) > 0 ? 1 : 0);
            if (frequency <= 0)
            {
                continue;
            }

            var weight = (1 + Math.Log(count)) * Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5))) * (K1 + 1);
            var counts = _postingCounts[term];
            for (var i = 0; i < projects.Length; i++)
            {
                if (projects[i] != heldOut)
                {
                    _projectScores[projects[i]] += weight * counts[i] / (counts[i] + _lengthNorm[projects[i]]);
                }
            }
        }
    }
}
