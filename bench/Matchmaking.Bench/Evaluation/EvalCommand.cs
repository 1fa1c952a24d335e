using System.Diagnostics;

namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// The <c>eval</c> command: leave-one-project-out link prediction on a CORDIS evaluation set.
/// <c>eval --data DIR --mode brief|entity|team [--json] [--limit-projects N] [--seed S] [--workers N] [--hub-share X] [--experiments]</c>.
/// </summary>
public static class EvalCommand
{
    /// <summary>Runs the command with the systems of <see cref="RankerRegistry.Default"/>.</summary>
    /// <param name="args">The arguments after the word "eval".</param>
    /// <param name="output">Where the JSON object or the table goes (errors too, prefixed "error:").</param>
    /// <returns>0 on success, 2 for bad arguments or an unreadable data folder.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output) => RunAsync(args, output, []);

    /// <summary>Runs the command with extra systems (e.g. the engine) placed before the built-in ones.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, IEnumerable<RankerRegistration> extraRankers) =>
        RunAsync(args, output, extraRankers, []);

    /// <summary>Runs the command with extra ranking systems and, for team mode, extra team systems placed before <c>bm25-pair</c>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, IEnumerable<RankerRegistration> extraRankers, IEnumerable<TeamSystemRegistration> extraTeamSystems)
    {
        ArgumentNullException.ThrowIfNull(extraTeamSystems);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(extraRankers);
        EvalArguments arguments;
        try
        {
            arguments = EvalArguments.Parse(args);
        }
        catch (ArgumentException e)
        {
            output.WriteLine($"error: {e.Message}");
            output.WriteLine(EvalArguments.Usage);
            return Task.FromResult(2);
        }

        var total = Stopwatch.StartNew();
        EvaluationDataset dataset;
        try
        {
            dataset = CordisDatasetLoader.Load(arguments.DataDirectory);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            output.WriteLine($"error: {e.Message}");
            return Task.FromResult(2);
        }

        var loadMs = total.Elapsed.TotalMilliseconds;
        var corpus = EvaluationCorpus.Build(dataset, arguments.HubShare);
        var indexMs = total.Elapsed.TotalMilliseconds - loadMs;
        if (arguments.Mode == EvaluationMode.Team)
        {
            var teams = TeamEvaluationRunner.Run(
                corpus,
                extraTeamSystems.Append(new TeamSystemRegistration("bm25-pair", context => new Bm25PairProposer(context))),
                new EvaluationOptions(arguments.Mode, arguments.Seed, arguments.LimitProjects, arguments.Workers));
            output.WriteLine(arguments.Json ? teams.ToJson(total.Elapsed.TotalMilliseconds) : teams.ToTable(total.Elapsed.TotalMilliseconds));
            return Task.FromResult(0);
        }

        var report = EvaluationRunner.Run(
            corpus,
            extraRankers.Where(r => arguments.Experiments || !r.Experimental)
                .Concat(RankerRegistry.Default)
                .Concat(arguments.Experiments ? RankerRegistry.Experimental : []),
            new EvaluationOptions(arguments.Mode, arguments.Seed, arguments.LimitProjects, arguments.Workers));
        report = report with
        {
            Timings = report.Timings with { LoadMs = loadMs, IndexMs = indexMs, TotalMs = total.Elapsed.TotalMilliseconds },
        };

        output.WriteLine(arguments.Json ? ReportJson.Format(report) : ReportTable.Format(report));
        return Task.FromResult(0);
    }
}
