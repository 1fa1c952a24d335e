using System.Diagnostics;

namespace Matchmaking.Bench.Evaluation;

/// <summary>Runs leave-one-project-out link prediction over a corpus for a list of systems.</summary>
public static class EvaluationRunner
{
    /// <summary>The kinds broken out in <see cref="EvaluationReport.ByKind"/>.</summary>
    public static IReadOnlyList<OrganisationKind> ReportedKinds { get; } = [OrganisationKind.Company, OrganisationKind.Research];

    /// <summary>
    /// Evaluates every registered system (entity-only ones only in entity mode) on every selected held-out project.
    /// Each worker thread builds its own ranker instances and takes every n-th project; per-project sums are merged in
    /// project order, so the figures do not depend on the number of workers.
    /// </summary>
    /// <exception cref="InvalidOperationException">A ranker returned a non-candidate, the anchor, or a duplicate.</exception>
    public static EvaluationReport Run(EvaluationCorpus corpus, IEnumerable<RankerRegistration> registrations, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(registrations);
        ArgumentNullException.ThrowIfNull(options);
        var systems = registrations.Where(r => options.Mode == EvaluationMode.Entity || !r.EntityModeOnly).ToArray();
        var duplicate = systems.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The system \"{duplicate.Key}\" is registered twice.", nameof(registrations));
        }

        var projects = SelectProjects(corpus, options);
        var workers = Math.Clamp(options.Workers > 0 ? options.Workers : Environment.ProcessorCount, 1, Math.Max(projects.Count, 1));
        var results = new FoldResult?[projects.Count];
        var systemTicks = new long[workers, systems.Length];
        var wall = Stopwatch.StartNew();

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var context = new RankerContext(corpus, options.Mode, options.Seed);
            var rankers = new IRanker[systems.Length];
            for (var s = 0; s < systems.Length; s++)
            {
                var start = Stopwatch.GetTimestamp();
                rankers[s] = systems[s].Create(context);
                systemTicks[worker, s] += Stopwatch.GetTimestamp() - start;
                if (!string.Equals(rankers[s].Name, systems[s].Name, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"The registration \"{systems[s].Name}\" created a ranker named \"{rankers[s].Name}\".");
                }
            }

            var stamps = new int[corpus.OrganisationCount];
            var stamp = 0;
            for (var i = worker; i < projects.Count; i += workers)
            {
                results[i] = EvaluateFold(corpus.Fold(projects[i]), options.Mode, rankers, stamps, ref stamp, systemTicks, worker);
            }
        });

        wall.Stop();
        return Summarise(corpus, systems, options, results, systemTicks, workers, wall.Elapsed.TotalMilliseconds);
    }

    /// <summary>The held-out projects to evaluate: all, or a seeded sample of <see cref="EvaluationOptions.LimitProjects"/> in project order.</summary>
    internal static List<int> SelectProjects(EvaluationCorpus corpus, EvaluationOptions options)
    {
        var all = Enumerable.Range(0, corpus.Projects.Count);
        if (options.LimitProjects is not { } limit || limit >= corpus.Projects.Count)
        {
            return all.ToList();
        }

        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var salt = StableHash.Mix((ulong)(uint)options.Seed);
        return all.OrderBy(p => StableHash.Mix(StableHash.Of(corpus.Projects[p].Id) ^ salt)).Take(limit).Order().ToList();
    }

    private static FoldResult EvaluateFold(
        EvaluationFold fold, EvaluationMode mode, IRanker[] rankers, int[] stamps, ref int stamp, long[,] systemTicks, int worker)
    {
        var queries = EvaluationQuery.For(fold, mode);
        var result = new FoldResult(rankers.Length);
        if (queries.Count == 0)
        {
            return result;
        }

        foreach (var query in queries)
        {
            result.Candidates.Add(query.Candidates);
            result.RelevantSum += query.Relevant.Count;
            if (query.NewPartners.Count > 0)
            {
                result.NewPartners.Queries++;
                result.NewPartners.RelevantSum += query.NewPartners.Count;
            }
        }

        var kinds = ReportedKinds.Count;
        var reader = new RankingReader(kinds);
        for (var s = 0; s < rankers.Length; s++)
        {
            var start = Stopwatch.GetTimestamp();
            rankers[s].Prepare(fold);
            foreach (var query in queries)
            {
                var ranking = rankers[s].Rank(query.Query, query.Candidates);
                reader.Read(fold, query, ranking, rankers[s].Name, stamps, ++stamp);
                Add(reader, query.Relevant.Count, result.Overall[s], result.ByKind, s);
                if (query.NewPartners.Count > 0)
                {
                    // The new-partners split: the same ranking with the anchor's known partners left out of the list,
                    // as the product's "new partners only" filter leaves them out.
                    reader.Read(fold, query, ranking, rankers[s].Name, stamps, ++stamp, query.NewPartners, query.KnownPartners);
                    Add(reader, query.NewPartners.Count, result.NewPartners.Overall[s], result.NewPartners.ByKind, s);
                }
            }

            systemTicks[worker, s] += Stopwatch.GetTimestamp() - start;
        }

        return result;
    }

    private static void Add(RankingReader reader, int relevantCount, MetricSums overall, MetricSums[][] byKind, int system)
    {
        overall.AddRanks(reader.Ranks, relevantCount);
        for (var kind = 0; kind < byKind.Length; kind++)
        {
            if (reader.RelevantOfKind[kind] > 0)
            {
                byKind[kind][system].AddRanks(reader.KindRanks[kind], reader.RelevantOfKind[kind]);
            }
        }
    }

    private static EvaluationReport Summarise(
        EvaluationCorpus corpus,
        RankerRegistration[] systems,
        EvaluationOptions options,
        FoldResult?[] results,
        long[,] systemTicks,
        int workers,
        double evaluateMs)
    {
        var all = new SplitSums(systems.Length);
        var newPartners = new SplitSums(systems.Length);
        var candidates = new List<int>();
        double relevant = 0;
        int evaluated = 0, skipped = 0;
        foreach (var result in results)
        {
            if (result is null || result.Candidates.Count == 0)
            {
                skipped++;
                continue;
            }

            evaluated++;
            candidates.AddRange(result.Candidates);
            relevant += result.RelevantSum;
            all.Add(result);
            newPartners.Add(result.NewPartners);
        }

        var queries = candidates.Count;
        var counts = new EvaluationCounts(
            corpus.Projects.Count,
            evaluated,
            skipped,
            corpus.OrganisationCount,
            queries,
            queries > 0 ? candidates.Average() : 0,
            queries > 0 ? candidates.Min() : 0,
            queries > 0 ? candidates.Max() : 0,
            queries > 0 ? relevant / queries : 0);

        var systemMs = systems.Select((system, s) => new KeyValuePair<string, double>(
                system.Name,
                Enumerable.Range(0, workers).Sum(w => Stopwatch.GetElapsedTime(0, systemTicks[w, s]).TotalMilliseconds)))
            .ToArray();

        return new EvaluationReport(
            corpus.Dataset.Name,
            options.Mode,
            options.Seed,
            options.LimitProjects,
            counts,
            corpus.Hubs,
            corpus.Dataset.Issues,
            all.Systems(systems),
            all.Kinds(systems),
            new EvaluationTimings(0, 0, evaluateMs, evaluateMs, workers, systemMs))
        {
            NewPartners = options.Mode == EvaluationMode.Entity
                ? new NewPartnerSplit(
                    newPartners.Queries,
                    newPartners.Queries > 0 ? newPartners.RelevantSum / newPartners.Queries : 0,
                    newPartners.Systems(systems),
                    newPartners.Kinds(systems))
                : null,
        };
    }

    /// <summary>Per-system sums of one split (all held-out partners, or new partners only), overall and by kind.</summary>
    private class SplitSums(int systems)
    {
        public int Queries { get; set; }

        public double RelevantSum { get; set; }

        public MetricSums[] Overall { get; } = Enumerable.Range(0, systems).Select(_ => new MetricSums()).ToArray();

        public MetricSums[][] ByKind { get; } = ReportedKinds
            .Select(_ => Enumerable.Range(0, systems).Select(_ => new MetricSums()).ToArray())
            .ToArray();

        public void Add(SplitSums other)
        {
            Queries += other.Queries;
            RelevantSum += other.RelevantSum;
            for (var s = 0; s < Overall.Length; s++)
            {
                Overall[s].Add(other.Overall[s]);
                for (var kind = 0; kind < ByKind.Length; kind++)
                {
                    ByKind[kind][s].Add(other.ByKind[kind][s]);
                }
            }
        }

        public SystemMetrics[] Systems(RankerRegistration[] registrations) =>
            registrations.Select((system, s) => new SystemMetrics(system.Name, Overall[s].Mean())).ToArray();

        public KindMetrics[] Kinds(RankerRegistration[] registrations) => ReportedKinds.Select((kind, k) => new KindMetrics(
                ActivityType.Label(kind),
                ByKind[k].Length > 0 ? ByKind[k][0].Queries : 0,
                registrations.Select((system, s) => new SystemMetrics(system.Name, ByKind[k][s].Mean())).ToArray()))
            .ToArray();
    }

    private sealed class FoldResult(int systems) : SplitSums(systems)
    {
        public List<int> Candidates { get; } = [];

        public SplitSums NewPartners { get; } = new(systems);
    }
}
