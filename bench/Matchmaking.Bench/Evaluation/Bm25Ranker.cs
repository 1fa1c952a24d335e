namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Baseline "bm25": Okapi BM25 (k1 = 1.2, b = 0.75, idf = ln(1 + (N − df + 0.5) / (df + 0.5))) over the profile
/// texts (past titles, objectives, keywords, topics; <see cref="Tokenizer"/>), summed over query tokens (repeats
/// count). Brief mode queries with the brief text; entity mode with the anchor's own profile text.
/// </summary>
/// <remarks>
/// Each organisation's bag of words is the sum of its projects' bags, so the whole-set index (postings, document
/// frequencies, lengths) is built once and a fold only corrects it for the held-out project P: P's participants get
/// their bag minus P's bag, lose a document frequency for each term that drops to zero, leave the collection when P
/// was their only project, and N and the average length are recomputed from those corrections. Hence a word that
/// occurs only in P has document frequency 0 in P's fold and adds nothing to any score.
/// </remarks>
public sealed class Bm25Ranker : IRanker
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly EvaluationCorpus _corpus;
    private readonly CandidateOrder _order;
    private readonly int[][] _postingOrganisations;
    private readonly int[][] _postingCounts;
    private readonly int[] _length;
    private readonly TermCounts[] _organisationTerms;
    private readonly int _documents;
    private readonly long _totalLength;

    private readonly double[] _scores;
    private readonly int[] _foldLength;
    private readonly bool[] _inHeldOut;
    private readonly double[] _lengthNorm;
    private readonly Dictionary<int, int> _documentFrequencyLoss = [];
    private EvaluationFold? _fold;
    private TermCounts _heldOutTerms = TermCounts.Empty;
    private int _foldDocuments;

    /// <summary>Builds the whole-set index of a corpus.</summary>
    public Bm25Ranker(RankerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _corpus = context.Corpus;
        _order = new CandidateOrder(_corpus, context.Seed);
        var organisations = _corpus.OrganisationCount;
        _organisationTerms = new TermCounts[organisations];
        _length = new int[organisations];
        var postings = new List<(int Organisation, int Count)>[_corpus.VocabularySize];
        for (var o = 0; o < organisations; o++)
        {
            if (_corpus.IsHub(o))
            {
                _organisationTerms[o] = TermCounts.Empty;
                continue;
            }

            var bag = new Dictionary<int, int>();
            foreach (var p in _corpus.ProjectsOf(o))
            {
                var terms = _corpus.ProjectTerms(p);
                for (var i = 0; i < terms.TermArray.Length; i++)
                {
                    bag[terms.TermArray[i]] = bag.GetValueOrDefault(terms.TermArray[i]) + terms.CountArray[i];
                }
            }

            var counts = TermCounts.From(bag);
            _organisationTerms[o] = counts;
            _length[o] = counts.Length;
            _totalLength += counts.Length;
            _documents++;
            for (var i = 0; i < counts.TermArray.Length; i++)
            {
                (postings[counts.TermArray[i]] ??= []).Add((o, counts.CountArray[i]));
            }
        }

        _postingOrganisations = postings.Select(l => l?.Select(x => x.Organisation).ToArray() ?? []).ToArray();
        _postingCounts = postings.Select(l => l?.Select(x => x.Count).ToArray() ?? []).ToArray();
        _scores = new double[organisations];
        _foldLength = (int[])_length.Clone();
        _inHeldOut = new bool[organisations];
        _lengthNorm = new double[organisations];
    }

    /// <inheritdoc />
    public string Name => "bm25";

    /// <inheritdoc />
    public void Prepare(EvaluationFold fold)
    {
        ArgumentNullException.ThrowIfNull(fold);
        if (_fold is not null)
        {
            foreach (var o in _corpus.ParticipantsOf(_fold.ProjectIndex))
            {
                _foldLength[o] = _length[o];
                _inHeldOut[o] = false;
            }
        }

        _fold = fold;
        _heldOutTerms = _corpus.ProjectTerms(fold.ProjectIndex);
        _documentFrequencyLoss.Clear();
        _foldDocuments = _documents;
        var totalLength = _totalLength;
        foreach (var o in _corpus.ParticipantsOf(fold.ProjectIndex))
        {
            _inHeldOut[o] = true;
            _foldLength[o] = _length[o] - _heldOutTerms.Length;
            totalLength -= _heldOutTerms.Length;
            if (fold.ProfileOf(o) is null)
            {
                _foldDocuments--;
            }

            for (var i = 0; i < _heldOutTerms.TermArray.Length; i++)
            {
                var term = _heldOutTerms.TermArray[i];
                if (_organisationTerms[o].CountOf(term) == _heldOutTerms.CountArray[i])
                {
                    _documentFrequencyLoss[term] = _documentFrequencyLoss.GetValueOrDefault(term) + 1;
                }
            }
        }

        var averageLength = _foldDocuments > 0 ? (double)totalLength / _foldDocuments : 1;
        for (var o = 0; o < _lengthNorm.Length; o++)
        {
            _lengthNorm[o] = K1 * (1 - B + (B * _foldLength[o] / averageLength));
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<RankedOrganisation> Rank(RankQuery query, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fold = _fold ?? throw new InvalidOperationException("Prepare must be called before Rank.");
        Array.Clear(_scores);
        var queryTerms = query.Anchor is { } anchor ? FoldTerms(anchor.Index) : _corpus.TermsOf(query.Text);
        for (var q = 0; q < queryTerms.TermArray.Length; q++)
        {
            Accumulate(queryTerms.TermArray[q], queryTerms.CountArray[q]);
        }

        return _order.Top(fold, query.Anchor, _scores, [], k);
    }

    /// <summary>The BM25 score of one candidate for a query in the prepared fold (for tests and diagnostics).</summary>
    public double Score(RankQuery query, OrganisationProfile candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var ranking = Rank(query, int.MaxValue);
        foreach (var entry in ranking)
        {
            if (entry.Organisation.Index == candidate.Index)
            {
                return entry.Score;
            }
        }

        return 0;
    }

    private void Accumulate(int term, int queryCount)
    {
        var documentFrequency = _postingOrganisations[term].Length - _documentFrequencyLoss.GetValueOrDefault(term);
        if (documentFrequency <= 0)
        {
            return;
        }

        var idf = Math.Log(1 + ((_foldDocuments - documentFrequency + 0.5) / (documentFrequency + 0.5)));
        var weight = queryCount * idf * (K1 + 1);
        var organisations = _postingOrganisations[term];
        var counts = _postingCounts[term];
        for (var i = 0; i < organisations.Length; i++)
        {
            var o = organisations[i];
            double tf = counts[i];
            if (_inHeldOut[o])
            {
                tf -= _heldOutTerms.CountOf(term);
                if (tf <= 0)
                {
                    continue;
                }
            }

            _scores[o] += weight * tf / (tf + _lengthNorm[o]);
        }
    }

    // An organisation's bag of words in the prepared fold: its whole-set bag minus P's when it took part in P.
    private TermCounts FoldTerms(int organisation)
    {
        var fold = _fold!;
        if (!fold.IsParticipant(organisation))
        {
            return _organisationTerms[organisation];
        }

        var whole = _organisationTerms[organisation];
        var bag = new Dictionary<int, int>(whole.TermArray.Length);
        for (var i = 0; i < whole.TermArray.Length; i++)
        {
            var remaining = whole.CountArray[i] - _heldOutTerms.CountOf(whole.TermArray[i]);
            if (remaining > 0)
            {
                bag[whole.TermArray[i]] = remaining;
            }
        }

        return TermCounts.From(bag);
    }
}
