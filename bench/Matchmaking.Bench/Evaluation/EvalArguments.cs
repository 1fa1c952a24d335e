using System.Globalization;

namespace Matchmaking.Bench.Evaluation;

/// <summary>The parsed arguments of <c>eval</c>.</summary>
/// <param name="DataDirectory">--data DIR: a folder with projects.csv and participations.csv.</param>
/// <param name="Mode">--mode brief|entity|team.</param>
/// <param name="Json">--json: print the JSON object instead of the table.</param>
/// <param name="LimitProjects">--limit-projects N: a seeded sample of N held-out projects.</param>
/// <param name="Seed">--seed S (default 42).</param>
/// <param name="Workers">--workers N (default: one per core).</param>
/// <param name="HubShare">--hub-share X: organisations in more than this share of the projects are hubs (default 0.5; 1 excludes none).</param>
/// <param name="Experiments">--experiments: also run the experimental systems (<see cref="RankerRegistry.Experimental"/>).</param>
public sealed record EvalArguments(string DataDirectory, EvaluationMode Mode, bool Json, int? LimitProjects, int Seed, int Workers, double HubShare = 0.5, bool Experiments = false)
{
    /// <summary>The usage text.</summary>
    public const string Usage =
        "usage: eval --data DIR --mode brief|entity|team [--json] [--limit-projects N] [--seed S] [--workers N] [--hub-share X] [--experiments]";

    /// <summary>Parses the arguments that follow the word "eval".</summary>
    /// <exception cref="ArgumentException">An argument is unknown, missing or malformed.</exception>
    public static EvalArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? data = null;
        EvaluationMode? mode = null;
        var json = false;
        int? limit = null;
        var seed = 42;
        var workers = 0;
        var hubShare = 0.5;
        var experiments = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--data":
                    data = ValueAfter(args, ref i);
                    break;
                case "--mode":
                    mode = ValueAfter(args, ref i).ToLowerInvariant() switch
                    {
                        "brief" => EvaluationMode.Brief,
                        "entity" => EvaluationMode.Entity,
                        "team" => EvaluationMode.Team,
                        var other => throw new ArgumentException($"--mode must be brief, entity or team, not \"{other}\"."),
                    };
                    break;
                case "--json":
                    json = true;
                    break;
                case "--experiments":
                    experiments = true;
                    break;
                case "--limit-projects":
                    limit = Number(args, ref i, minimum: 1);
                    break;
                case "--seed":
                    seed = Number(args, ref i, minimum: int.MinValue);
                    break;
                case "--workers":
                    workers = Number(args, ref i, minimum: 1);
                    break;
                case "--hub-share":
                    var share = ValueAfter(args, ref i);
                    hubShare = double.TryParse(share, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 && parsed <= 1
                        ? parsed
                        : throw new ArgumentException($"--hub-share needs a number in (0, 1], not \"{share}\".");
                    break;
                default:
                    throw new ArgumentException($"Unknown argument \"{args[i]}\".");
            }
        }

        return new EvalArguments(
            data ?? throw new ArgumentException("--data DIR is required."),
            mode ?? throw new ArgumentException("--mode brief|entity|team is required."),
            json,
            limit,
            seed,
            workers,
            hubShare,
            experiments);
    }

    private static string ValueAfter(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{args[i]} needs a value.");
        }

        return args[++i];
    }

    private static int Number(IReadOnlyList<string> args, ref int i, int minimum)
    {
        var name = args[i];
        var text = i + 1 < args.Count ? args[++i] : string.Empty;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new ArgumentException($"{name} needs an integer{(minimum > int.MinValue ? $" ≥ {minimum}" : string.Empty)}, not \"{text}\".");
    }
}
