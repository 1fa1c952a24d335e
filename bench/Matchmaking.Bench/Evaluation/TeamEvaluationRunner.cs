using System.Diagnostics;

namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Team mode of the eval command: for each held-out project P (leave-one-project-out, as the other modes), the brief
/// is P's title and objective and each system proposes up to 10 teams of a company (PRC) and a research organisation
/// (HES, REC), scored with <see cref="TeamHits"/>. Projects without a profiled participating company or research
/// organisation are skipped (no team could be a hit).
/// </summary>
public static class TeamEvaluationRunner
{
    /// <summary>Proposals asked per project (the largest k reported).</summary>
    public const int Proposals = 10;

    /// <summary>Evaluates every system on every selected project; per-project results are merged in project order.</summary>
    public static TeamReport Run(EvaluationCorpus corpus, IEnumerable<TeamSystemRegistration> registrations, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(registrations);
        ArgumentNullException.ThrowIfNull(options);
        var systems = registrations.ToArray();
        var projects = EvaluationRunner.SelectProjects(corpus, options);
        var workers = Math.Clamp(options.Workers > 0 ? options.Workers : Environment.ProcessorCount, 1, Math.Max(projects.Count, 1));
        var results = new TeamHits[]?[projects.Count];
        var participants = new (int Companies, int Research)[projects.Count];
        var ticks = new long[workers, systems.Length];
        var wall = Stopwatch.StartNew();
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var context = new RankerContext(corpus, EvaluationMode.Team, options.Seed);
            var proposers = systems.Select(s => s.Create(context)).ToArray();
            for (var i = worker; i < projects.Count; i += workers)
            {
                var fold = corpus.Fold(projects[i]);
                var companies = fold.ProfiledParticipants.Where(p => p.Kind == OrganisationKind.Company).Select(p => p.Index).ToHashSet();
                var research = fold.ProfiledParticipants.Where(p => p.Kind == OrganisationKind.Research).Select(p => p.Index).ToHashSet();
                if (companies.Count == 0 || research.Count == 0)
                {
                    continue;
                }

                participants[i] = (companies.Count, research.Count);
                var brief = EvaluationCorpus.BriefOf(fold.HeldOutProject);
                results[i] = new TeamHits[systems.Length];
                for (var s = 0; s < systems.Length; s++)
                {
                    var start = Stopwatch.GetTimestamp();
                    proposers[s].Prepare(fold);
                    var proposals = proposers[s].Propose(brief, Proposals);
                    ticks[worker, s] += Stopwatch.GetTimestamp() - start;
                    Check(fold, proposers[s].Name, proposals);
                    results[i]![s] = TeamHits.Of(proposals, companies, research);
                }
            }
        });

        wall.Stop();
        var evaluated = Enumerable.Range(0, projects.Count).Where(i => results[i] is not null).ToList();
        return new TeamReport(
            corpus.Dataset.Name,
            options.Seed,
            options.LimitProjects,
            corpus.Projects.Count,
            evaluated.Count,
            projects.Count - evaluated.Count,
            corpus.OrganisationCount,
            evaluated.Count > 0 ? evaluated.Average(i => participants[i].Companies) : 0,
            evaluated.Count > 0 ? evaluated.Average(i => participants[i].Research) : 0,
            corpus.Hubs,
            systems.Select((system, s) => new TeamSystemMetrics(system.Name, TeamHits.Mean(evaluated.Select(i => results[i]![s]).ToList()))).ToArray(),
            wall.Elapsed.TotalMilliseconds,
            workers,
            systems.Select((system, s) => new KeyValuePair<string, double>(
                system.Name, Enumerable.Range(0, workers).Sum(w => Stopwatch.GetElapsedTime(0, ticks[w, s]).TotalMilliseconds))).ToArray());
    }

    /// <summary>A proposal must name a company and a research organisation that are candidates of the fold.</summary>
    private static void Check(EvaluationFold fold, string system, IReadOnlyList<ProposedPair> proposals)
    {
        foreach (var (company, research) in proposals)
        {
            if (fold.ProfileOf(company)?.Kind != OrganisationKind.Company || fold.ProfileOf(research)?.Kind != OrganisationKind.Research)
            {
                throw new InvalidOperationException($"The system \"{system}\" proposed a team that is not a company and a research candidate of the fold.");
            }
        }
    }
}
