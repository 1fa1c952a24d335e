using System.Globalization;
using Matchmaking.Bench.Evaluation;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Bench.Quality;

/// <summary>
/// Tunes the engine's weights on the tuning sets: runs the leave-one-project-out folds once, keeps every
/// candidate's factor values per query, then searches the weights offline (coordinate ascent) for the best
/// recall@20 and nDCG@10 relative to the best simple baseline of each set and mode (the mean over sets and modes,
/// or with <c>--objective worst</c> the lowest; <c>--base-only</c> searches the factors as they are, without the
/// square-root and rank shapes; <c>--new-partners</c> tunes entity mode's new-partners split instead: relevant = the
/// held-out partners the asker never worked with, known partners left out, adamic-adar among the baselines).
/// Use it only on the sets the evaluation README names for tuning.
/// </summary>
public static class WeightTuner
{
    private static readonly string[] Names = ["needs", "offers", "mutual", "themes", "text", "graph", "proximity", "kind", "track-record"];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var folders = args.Select((a, i) => (a, i)).Where(x => x.a == "--data" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();
        var limit = Arguments.Int(args, "--limit-projects", 60);
        worstCase = args.SkipWhile(a => a != "--objective").Skip(1).FirstOrDefault() == "worst";
        baseOnly = args.Contains("--base-only");
        newPartners = args.Contains("--new-partners");
        EvaluationMode[] modes = newPartners ? [EvaluationMode.Entity] : [EvaluationMode.Brief, EvaluationMode.Entity];
        var groups = folders
            .SelectMany(folder => modes.Select(mode => (folder, mode)))
            .AsParallel()
            .Select(g => Collect(g.folder, g.mode, limit))
            .ToList();

        double[] start = [.. Vector(MatchingWeights.Default), .. new double[2 * Names.Length]];
        await output.WriteLineAsync($"start  {Format(start)}  objective {Objective(groups, start):F4}");
        var best = Search(groups, start);
        await output.WriteLineAsync($"best   {Format(best)}  objective {Objective(groups, best):F4}");
        foreach (var group in groups)
        {
            var (r20, ndcg) = group.Evaluate(best);
            await output.WriteLineAsync($"{group.Name,-45} engine r@20 {r20:F4} ndcg@10 {ndcg:F4} | best baseline r@20 {group.BaselineRecall:F4} ndcg@10 {group.BaselineNdcg:F4}");
        }

        return 0;
    }

    private static double[] Search(IReadOnlyList<TuningGroup> groups, double[] start)
    {
        var best = (double[])start.Clone();
        var bestValue = Objective(groups, best);
        for (var round = 0; round < 4; round++)
        {
            for (var i = 0; i < (baseOnly ? Names.Length : best.Length); i++)
            {
                foreach (var factor in new[] { 0.0, 0.25, 0.5, 0.8, 1.25, 2, 4 })
                {
                    var trial = (double[])best.Clone();
                    trial[i] = factor == 0 ? 0 : Math.Max(best[i], 0.01) * factor;
                    var value = Objective(groups, trial);
                    if (value > bestValue + 1e-6)
                    {
                        (best, bestValue) = (trial, value);
                    }
                }
            }
        }

        return best;
    }

    private static bool worstCase;
    private static bool baseOnly;
    private static bool newPartners;

    // The mean of the groups' ratios to their best baseline, or with --objective worst the lowest ratio of any group and metric.
    private static double Objective(IReadOnlyList<TuningGroup> groups, double[] weights)
    {
        var ratios = groups.Select(g =>
        {
            var (r20, ndcg) = g.Evaluate(weights);
            return (Recall: r20 / g.BaselineRecall, Ndcg: ndcg / g.BaselineNdcg);
        }).ToList();
        return worstCase
            ? ratios.Min(r => Math.Min(r.Recall, r.Ndcg)) + (1e-3 * ratios.Average(r => r.Recall + r.Ndcg))
            : ratios.Average(r => (r.Recall + r.Ndcg) / 2);
    }

    private static TuningGroup Collect(string folder, EvaluationMode mode, int limit)
    {
        var corpus = EvaluationCorpus.Build(CordisDatasetLoader.Load(folder));
        var ranker = new EngineRanker();
        var adamicAdar = new AdamicAdarRanker(new RankerContext(corpus, mode, 42));
        var queries = new List<TuningQuery>();
        var projects = Enumerable.Range(0, corpus.Projects.Count).ToList();
        var step = Math.Max(1, projects.Count / Math.Max(1, limit));
        foreach (var project in projects.Where((_, i) => i % step == 0))
        {
            var fold = corpus.Fold(project);
            ranker.Prepare(fold);
            adamicAdar.Prepare(fold);
            foreach (var query in EvaluationQuery.For(fold, mode))
            {
                var relevant = newPartners ? query.NewPartners : query.Relevant;
                if (relevant.Count == 0)
                {
                    continue;
                }

                // The new-partners split leaves the asker's known partners out of the list.
                var features = ranker.Features(query.Query)
                    .Where(f => !newPartners || !query.KnownPartners.Contains(corpus.OrganisationIndex(f.Key)))
                    .ToArray();
                var partnersOfPartners = newPartners
                    ? adamicAdar.Rank(query.Query, query.Candidates).ToDictionary(r => r.Organisation.Id, r => r.Score)
                    : [];
                queries.Add(new TuningQuery(
                    Extend([.. features.Select(f => Values(f.Factors))]),
                    [.. features.Select(f => f.SharedProjects)],
                    [.. features.Select(f => partnersOfPartners.GetValueOrDefault(f.Key))],
                    [.. features.Select(f => relevant.Contains(corpus.OrganisationIndex(f.Key)))],
                    relevant.Count));
            }
        }

        return new TuningGroup($"{Path.GetFileName(folder.TrimEnd('/'))} {mode}".ToLowerInvariant(), queries, mode);
    }

    /// <summary>Each base factor also as its square root and as a rank score (10 / (10 + rank)), to find the best shape.</summary>
    private static double[][] Extend(double[][] rows)
    {
        var n = Names.Length;
        var extended = rows.Select(r => new double[3 * n]).ToArray();
        for (var f = 0; f < n; f++)
        {
            var order = Enumerable.Range(0, rows.Length).OrderByDescending(i => rows[i][f]).ToArray();
            for (var rank = 0; rank < order.Length; rank++)
            {
                var row = order[rank];
                extended[row][f] = rows[row][f];
                extended[row][n + f] = Math.Sqrt(rows[row][f]);
                extended[row][(2 * n) + f] = rows[row][f] > 0 ? 10.0 / (10 + rank) : 0;
            }
        }

        return extended;
    }

    // Graph and track record as the engine counts them: the evidence in proportion to the fit (its share under the default weights).
    private static double[] Values(FactorValues f) => [f.Needs, f.Offers, f.Mutual, f.Themes, f.Text, f.GraphTotal, f.Proximity, f.Kind, f.FitShare * f.TrackRecord];

    private static double[] Vector(MatchingWeights w) => [w.Needs, w.Offers, w.Mutual, w.Themes, w.Text, w.Graph, w.Proximity, w.Kind, w.TrackRecord];

    private static string Format(double[] weights) =>
        string.Join(" ", Names.Concat(Names.Select(n => "sqrt-" + n)).Concat(Names.Select(n => "rank-" + n))
            .Zip(weights, (n, w) => (n, w)).Where(x => x.w != 0).Select(x => $"{x.n}={x.w.ToString("0.###", CultureInfo.InvariantCulture)}"));

    private sealed record TuningQuery(double[][] Values, int[] Shared, double[] AdamicAdar, bool[] Relevant, int RelevantTotal);

    private sealed class TuningGroup
    {
        public TuningGroup(string name, List<TuningQuery> queries, EvaluationMode mode)
        {
            Name = name;
            Queries = queries;
            var baselines = new List<(double, double)>
            {
                Measure(q => q.Values.Select(v => v[8]).ToArray()), // popularity (track record)
                Measure(q => q.Values.Select(v => v[4]).ToArray()), // text alone
            };
            if (mode == EvaluationMode.Entity)
            {
                baselines.Add(Measure(q => q.Shared.Select((s, i) => s + (1e-3 * q.Values[i][8])).ToArray())); // co-participation
                if (newPartners)
                {
                    baselines.Add(Measure(q => q.AdamicAdar.Select((s, i) => s + (1e-3 * q.Values[i][8])).ToArray())); // adamic-adar
                }
            }

            BaselineRecall = Math.Max(1e-6, baselines.Max(b => b.Item1));
            BaselineNdcg = Math.Max(1e-6, baselines.Max(b => b.Item2));
        }

        public string Name { get; }

        public List<TuningQuery> Queries { get; }

        public double BaselineRecall { get; }

        public double BaselineNdcg { get; }

        public (double Recall, double Ndcg) Evaluate(double[] weights) =>
            Measure(q => q.Values.Select(v => Dot(v, weights)).ToArray());

        private (double Recall, double Ndcg) Measure(Func<TuningQuery, double[]> score)
        {
            double recall = 0, ndcg = 0;
            foreach (var query in Queries)
            {
                var scores = score(query);
                var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).Take(20).ToArray();
                var hits20 = order.Count(i => query.Relevant[i]);
                recall += (double)hits20 / query.RelevantTotal;
                double dcg = 0, ideal = 0;
                for (var rank = 0; rank < Math.Min(10, order.Length); rank++)
                {
                    dcg += query.Relevant[order[rank]] ? 1 / Math.Log2(rank + 2) : 0;
                }

                for (var rank = 0; rank < Math.Min(10, query.RelevantTotal); rank++)
                {
                    ideal += 1 / Math.Log2(rank + 2);
                }

                ndcg += ideal > 0 ? dcg / ideal : 0;
            }

            return (recall / Queries.Count, ndcg / Queries.Count);
        }

        private static double Dot(double[] values, double[] weights)
        {
            double sum = 0;
            for (var i = 0; i < values.Length; i++)
            {
                sum += values[i] * weights[i];
            }

            return sum;
        }
    }
}
