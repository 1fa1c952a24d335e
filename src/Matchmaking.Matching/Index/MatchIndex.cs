using System.Runtime.InteropServices;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;
using Matchmaking.Matching.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Index;

/// <summary>
/// The in-memory index of every profile the engine can match: term vectors per field with inverted
/// lists, offered and sought themes, places, kinds and the collaboration graph. Kept current with
/// <see cref="Upsert"/>/<see cref="Remove"/> as profiles change; many readers, one writer at a time.
/// Keeps no text: reasons quote the profiles through <see cref="SuggestionQuery.Profiles"/>.
/// </summary>
public sealed class MatchIndex
{
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly DocumentKeys documents;
    private readonly List<IndexedActor> actors = [];
    private readonly List<DocumentFacts> facts = [];
    private readonly List<uint> tieBreaks = [];
    private readonly TermPostings postings;
    private readonly ThemeSets themeSets;
    private readonly long[] fieldLengths = new long[3];
    private readonly Dictionary<string, PostingList> offeredThemes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PostingList> soughtThemes = new(StringComparer.Ordinal);

    // Actors share few distinct places and stages: each is kept once (compared by value, as scoring compares them).
    private readonly Dictionary<Place, Place> places = [];
    private readonly Dictionary<string, string> stages = new(StringComparer.Ordinal);

    // What the reads that warm the caches before a profile's terms are looked up found (kept only so that they are made).
    private int warmed;

    /// <summary>How many phrase analyses reasons keep across queries (a few megabytes at most).</summary>
    private const int PhraseCacheCapacity = 20_000;

    /// <summary>How many profiles <see cref="UpsertMany"/> indexes under one hold of the write lock.</summary>
    private const int BatchSize = 256;

    public MatchIndex(ThemeTaxonomy? taxonomy = null, TextAnalyzer? analyzer = null)
    {
        Taxonomy = taxonomy ?? ThemeTaxonomy.Default;
        Analyzer = analyzer ?? TextAnalyzer.Default;
        Phrases = new PhraseAnalyses(Analyzer, Taxonomy, PhraseCacheCapacity);
        themeSets = new ThemeSets(Taxonomy);
        documents = new DocumentKeys(document => actors[document].Key);
        postings = new TermPostings((field, document, term) => actors[document].FrequencyOf(field, term));
    }

    public ThemeTaxonomy Taxonomy { get; }

    public TextAnalyzer Analyzer { get; }

    /// <summary>How many profiles are indexed.</summary>
    public int Count { get; private set; }

    internal TermDictionary Terms { get; } = new();

    /// <summary>Analyses of the phrases reasons quote, kept across queries (up to <see cref="PhraseCacheCapacity"/>).</summary>
    internal PhraseAnalyses Phrases { get; }

    internal CollaborationGraph Graph { get; } = new();

    internal int MaxPastProjects { get; private set; }

    /// <summary>Adds or replaces a profile. Analysis happens outside the write lock.</summary>
    public void Upsert(MatchProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Upsert(profile, ProfileAnalysis.Of(profile, Analyzer, Taxonomy));
    }

    /// <summary>Adds or replaces a profile already analysed (by <see cref="ProfileAnalysis.Of"/> with this index's analyzer and taxonomy).</summary>
    internal void Upsert(MatchProfile profile, ProfileAnalysis analysis)
    {
        gate.EnterWriteLock();
        try
        {
            var actor = ActorFor(profile.Key);
            if (actor.Live)
            {
                Unindex(actor);
            }

            Index(actor, profile, analysis);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>
    /// Adds or replaces many profiles at once, as a silo loading its copy does: they are analysed on every core while
    /// this thread indexes those analysed so far, in their order (so the index is the one that upserting them one at a
    /// time in that order gives), a batch at a time under the write lock (queries wait for one batch at most, and no
    /// analysing thread waits for the lock). <paramref name="keep"/>, asked under the write lock with the profile's
    /// position in <paramref name="profiles"/>, may skip one (a newer write of it reached the index meanwhile). Returns
    /// how many were indexed.
    /// </summary>
    public int UpsertMany(IReadOnlyList<MatchProfile> profiles, Func<int, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var indexed = 0;
        new OrderedAnalysis(profiles, profile => ProfileAnalysis.Of(profile, Analyzer, Taxonomy), BatchSize)
            .Run((start, analyses) => indexed += IndexBatch(profiles, start, analyses, keep));
        return indexed;
    }

    /// <summary>Removes a profile; false when it was not indexed.</summary>
    public bool Remove(string key)
    {
        gate.EnterWriteLock();
        try
        {
            if (!documents.TryGetValue(key, out var document) || !actors[document].Live)
            {
                return false;
            }

            Unindex(actors[document]);
            Graph.Forget(document);
            return true;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public bool Contains(string key)
    {
        gate.EnterReadLock();
        try
        {
            return documents.TryGetValue(key, out var document) && actors[document].Live;
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Ranked suggestions for the query (see <see cref="SuggestionQuery"/>), best first, with reasons.</summary>
    public IReadOnlyList<Suggestion> Suggest(SuggestionQuery query, MatchingWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var brief = query.Brief is { Length: > 0 } text ? ProfileAnalysis.OfBrief(text, Analyzer, Taxonomy) : default;
        gate.EnterReadLock();
        try
        {
            return new Suggester(this, query, weights ?? MatchingWeights.Default, brief.Terms, brief.Themes).Run();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>The factor values of every candidate the query reaches (for tuning weights offline).</summary>
    internal IReadOnlyList<(string Key, FactorValues Factors, int SharedProjects)> Features(SuggestionQuery query)
    {
        var brief = query.Brief is { Length: > 0 } text ? ProfileAnalysis.OfBrief(text, Analyzer, Taxonomy) : default;
        gate.EnterReadLock();
        try
        {
            return new Suggester(this, query, MatchingWeights.Default, brief.Terms, brief.Themes).Features();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Runs <paramref name="read"/> under the read lock, for callers that compare indexed actors directly (team formation).</summary>
    internal T Read<T>(Func<T> read)
    {
        gate.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    internal int DocumentCount => actors.Count;

    internal IndexedActor Actor(int document) => actors[document];

    /// <summary>Every document's <see cref="DocumentFacts"/>, by document id (read under the read lock only).</summary>
    internal ReadOnlySpan<DocumentFacts> Facts => CollectionsMarshal.AsSpan(facts);

    /// <summary>
    /// Each document's tie-break: a hash of its key, the same on every replica whatever order it loaded its profiles in
    /// (document ids follow that order), so that candidates with equal estimates enter a query's pool alike everywhere.
    /// </summary>
    internal ReadOnlySpan<uint> TieBreaks => CollectionsMarshal.AsSpan(tieBreaks);

    internal bool TryGetDocument(string key, out int document) => documents.TryGetValue(key, out document) && actors[document].Live;

    internal Postings Postings(MatchField field, int term) => postings[field, term];

    /// <summary>How many documents have the term in the field.</summary>
    internal int DocumentFrequency(MatchField field, int term) => postings.Count(field, term);

    /// <summary>Whether a term is one word as someone wrote it (stemmed): not a two-word phrase, not a concept.</summary>
    internal bool IsWord(int term) => Terms[term] is var text && !text.Contains('_', StringComparison.Ordinal) && !ConceptLexicon.IsConcept(text);

    internal double AverageLength(MatchField field) => Count == 0 ? 1 : Math.Max(1, (double)fieldLengths[(int)field] / Count);

    /// <summary>A table by theme number, true for the <paramref name="themes"/> (see <see cref="ThemeList.Numbers"/>).</summary>
    internal bool[] ThemeMarks(IEnumerable<string> themes) => themeSets.Marks(themes);

    internal PostingList? OfferersOf(string theme) => offeredThemes.GetValueOrDefault(theme);

    internal PostingList? SeekersOf(string theme) => soughtThemes.GetValueOrDefault(theme);

    private int IndexBatch(IReadOnlyList<MatchProfile> profiles, int start, ProfileAnalysis[] analyses, Func<int, bool>? keep)
    {
        var indexed = 0;
        gate.EnterWriteLock();
        try
        {
            for (var i = 0; i < analyses.Length; i++)
            {
                var position = start + i;
                if (keep is not null && !keep(position))
                {
                    continue;
                }

                var profile = profiles[position];
                var analysis = analyses[i];
                var actor = ActorFor(profile.Key);
                if (actor.Live)
                {
                    Unindex(actor);
                }

                Index(actor, profile, analysis);
                indexed++;
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }

        return indexed;
    }

    private IndexedActor ActorFor(string key)
    {
        if (!documents.TryGetValue(key, out var document))
        {
            document = actors.Count;
            actors.Add(new IndexedActor(document, key));
            documents.Add(key, document);
            facts.Add(default);
            tieBreaks.Add((uint)TermHash.Of(System.Text.Encoding.UTF8.GetBytes(key)));
        }

        return actors[document];
    }

    private void Index(IndexedActor actor, MatchProfile profile, ProfileAnalysis analysis)
    {
        actor.Live = true;
        actor.Type = profile.Type;
        actor.Name = profile.Name;
        actor.Place = Shared(places, profile.Place ?? new Place());
        actor.Stage = profile.Stage is { } stage ? Shared(stages, stage) : null;
        actor.Employees = profile.Employees;
        actor.PastProjects = profile.PastProjects;
        actor.UpdatedAt = profile.UpdatedAt;
        actor.Suggestible = profile.Suggestible;
        actor.MembersOnly = profile.MembersOnly;
        actor.Vectors = profile.Vectors;
        actor.Language = analysis.Language;
        MaxPastProjects = Math.Max(MaxPastProjects, profile.PastProjects);
        var ids = TermIds(analysis.Keys);
        TermVector[] vectors = [.. Enumerable.Range(0, 3).Select(field => TermVector.From(ids, analysis.Terms, (MatchField)field))];
        facts[actor.Document] = new DocumentFacts(
            profile.Type, profile.Suggestible, profile.MembersOnly, profile.PastProjects, vectors[0].Length, vectors[1].Length, vectors[2].Length,
            profile.UpdatedAt == default ? 0 : profile.UpdatedAt.UtcTicks);
        actor.PackedTerms = PackedTerms.Pack(vectors);
        IndexTerms(actor.Document, analysis.Terms, ids);
        for (var field = 0; field < vectors.Length; field++)
        {
            fieldLengths[field] += vectors[field].Length;
        }

        actor.OfferedNamed = themeSets.Of(analysis.OfferedThemes);
        actor.SoughtNamed = themeSets.Of(analysis.SoughtThemes);
        actor.Offered = themeSets.Numbered(Taxonomy.WithAncestors(analysis.OfferedThemes));
        actor.Sought = themeSets.Numbered(Taxonomy.WithAncestors(analysis.SoughtThemes));
        foreach (var theme in actor.Offered.Ids)
        {
            ListFor(offeredThemes, theme).Add(actor.Document, 1);
        }

        foreach (var theme in actor.Sought.Ids)
        {
            ListFor(soughtThemes, theme).Add(actor.Document, 1);
        }

        var partners = new Dictionary<int, int>();
        foreach (var (key, times) in profile.Partners)
        {
            if (key != profile.Key && times > 0)
            {
                partners[ActorFor(key).Document] = times;
            }
        }

        Graph.Declare(actor.Document, partners);
        Count++;
    }

    /// <summary>The ids of the terms, each distinct term interned once whatever the fields it is in.</summary>
    private int[] TermIds(TermKeys keys)
    {
        warmed += Terms.Warm(keys);
        var ids = new int[keys.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Terms.GetOrAdd(keys.Utf8(i), keys.Hash(i));
        }

        warmed += postings.Warm(ids);
        return ids;
    }

    /// <summary>The document in the posting lists of its terms, term by term (each term's entries are then read once, for all its fields).</summary>
    private void IndexTerms(int document, TermCounts[] terms, int[] ids)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            for (var field = 0; field < 3; field++)
            {
                if (terms[i].In((MatchField)field) is var frequency and > 0)
                {
                    postings.Add((MatchField)field, ids[i], document, Math.Min(frequency, ushort.MaxValue));
                }
            }
        }
    }

    private void Unindex(IndexedActor actor)
    {
        for (var field = 0; field < 3; field++)
        {
            var vector = actor.Terms((MatchField)field);
            foreach (var term in vector.Terms)
            {
                postings.Remove((MatchField)field, term, actor.Document);
            }

            fieldLengths[field] -= vector.Length;
        }

        actor.PackedTerms = PackedTerms.Empty;
        foreach (var theme in actor.Offered.Ids)
        {
            offeredThemes[theme].Remove(actor.Document);
        }

        foreach (var theme in actor.Sought.Ids)
        {
            soughtThemes[theme].Remove(actor.Document);
        }

        actor.Live = false;
        facts[actor.Document] = default;
        Count--;
    }

    private static T Shared<T>(Dictionary<T, T> pool, T value)
        where T : notnull
    {
        if (!pool.TryGetValue(value, out var shared))
        {
            pool[value] = shared = value;
        }

        return shared;
    }

    private static PostingList ListFor(Dictionary<string, PostingList> lists, string theme)
    {
        if (!lists.TryGetValue(theme, out var list))
        {
            lists[theme] = list = new PostingList();
        }

        return list;
    }
}
