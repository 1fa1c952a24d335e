using System.CommandLine;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Cli.Import;
using Matchmaking.Client;
using Spectre.Console;

namespace Matchmaking.Cli.Commands;

/// <summary><c>import &lt;file&gt;</c>: profiles from CSV or JSON, in batches, with a summary and every failed row.</summary>
public static class ImportCommand
{
    public static Command Create(CommandRunner runner)
    {
        var file = new Argument<string>("file") { Description = "A .csv or .json file of profiles" };
        var format = new Option<string?>("--format") { Description = "csv or json (default: from the file's extension)" };
        format.AcceptOnlyFromAmong("csv", "json");
        var kind = KindSymbols.Option("The kind of rows that name none");
        var batchSize = new Option<int>("--batch-size") { Description = "Profiles a request (1 to 1000)", DefaultValueFactory = _ => 200 };
        var command = new Command("import", "Import profiles from a CSV or JSON file (see 'import --help' for the CSV columns)") { file, format, kind, batchSize };
        runner.SetAction(command, async (parse, context, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var size = parse.GetValue(batchSize);
            if (size is < 1 or > MatchmakingClient.MaxImportBatchSize)
            {
                throw new UsageException($"--batch-size must be between 1 and {MatchmakingClient.MaxImportBatchSize}");
            }

            var rows = Read(path, parse.GetValue(format), parse.GetValue(kind));
            var outcome = context.ShowsProgress
                ? await WithProgressBarAsync(context, rows, size, cancellationToken)
                : await ProfileImporter.ImportAsync(context.Client, rows, size, null, cancellationToken);

            Report(context, outcome);
            if (outcome.Interruption is { } stop)
            {
                await context.IO.Error.WriteLineAsync(
                    $"error: the import stopped after {stop.Acknowledged} of {stop.Total} rows were acknowledged: {stop.Problem}; "
                    + $"{stop.Resend.Count} rows to resend (rows {stop.Ranges()}), or run the same import again: rows already stored come back unchanged");
                return CommandRunner.Classify(stop.Cause);
            }

            return outcome.Failed > 0 ? ExitCodes.RowsFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>What <c>import --help</c> adds after the usage: the two formats, every CSV column by kind, and what a re-run does.</summary>
    public static string Notes { get; } = string.Join('\n',
    [
        "Files and columns:",
        "  Import profiles from a CSV or JSON file. Each row is created or replaced (an upsert); a row equal to the stored",
        "  profile is left unchanged, so running the same file again is safe and resumes an interrupted import.",
        "",
        "  JSON: {\"items\":[…]} (what 'export' writes), an array of profile documents, or {\"companies\":[…],\"startups\":[…],\"researchers\":[…]}.",
        "",
        "  CSV: a header row naming the columns (any order, case aside), then one profile a row; rows are numbered by the",
        "  line they start on (the header is line 1). Separated by ',' or, when the header has ';' and no ',', by ';'.",
        "  Lists take several items separated by ';' or '|'; yes/no cells take true/false, yes/no, sì/no, 1/0.",
        "  Required: " + Columns(c => c.Name is "id" or "name") + ", and " + Columns(c => c.Name == "kind") + " (company, startup or researcher) unless --kind is given.",
        "  Any kind:   " + Columns(c => c.Kind is null && c.Name is not ("id" or "name" or "kind")),
        "  Company:    " + Columns(c => c.Kind == ActorKind.Company),
        "  Startup:    " + Columns(c => c.Kind == ActorKind.Startup),
        "  Researcher: " + Columns(c => c.Kind == ActorKind.Researcher),
        "  municipality, province (two letters, e.g. BS), region and country (two letters, e.g. IT) are the location;",
        "  themes are theme ids (see 'themes list'). A column of another kind than the row's is an error of that row.",
    ]);

    private static string Columns(Func<CsvColumn, bool> which) =>
        string.Join(", ", CsvColumn.All.Where(which).Select(c => c.Type switch
        {
            CellType.List => $"{c.Name} (list)",
            CellType.Integer => $"{c.Name} (whole number)",
            CellType.Boolean => $"{c.Name} (yes/no)",
            _ => c.Name,
        }));

    /// <summary>Reads the file's rows; the format comes from <paramref name="format"/> or else the extension.</summary>
    public static IReadOnlyList<ImportRow> Read(string path, string? format, ActorKind? defaultKind)
    {
        format ??= Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => "csv",
            ".json" => "json",
            _ => throw new UsageException($"cannot tell the format of '{path}' from its extension: pass --format csv or --format json"),
        };

        try
        {
            using var reader = File.OpenText(path);
            return format == "csv" ? CsvProfileReader.Read(reader, defaultKind) : JsonProfileReader.Read(reader, defaultKind);
        }
        catch (ImportFileException e)
        {
            throw new UsageException($"{path}: {e.Message}", e);
        }
    }

    private static async Task<ImportOutcome> WithProgressBarAsync(CommandContext context, IReadOnlyList<ImportRow> rows, int size, CancellationToken cancellationToken)
    {
        var outcome = default(ImportOutcome);
        await context.Console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("importing", maxValue: Math.Max(1, rows.Count(r => r.IsValid)));
            outcome = await ProfileImporter.ImportAsync(context.Client, rows, size, new InlineProgress(p => task.Value = p.Sent), cancellationToken);
            task.Value = task.MaxValue;
        });
        return outcome!;
    }

    private static void Report(CommandContext context, ImportOutcome outcome)
    {
        if (context.Json)
        {
            context.WriteJson(outcome);
            return;
        }

        context.Console.WriteLine($"created {outcome.Created}, updated {outcome.Updated}, unchanged {outcome.Unchanged}, failed {outcome.Failed}");
        foreach (var failure in outcome.Errors)
        {
            context.Console.WriteLine(failure.ToString());
        }

        if (outcome.Interruption is { } stop)
        {
            context.Console.WriteLine($"interrupted: {stop.Acknowledged} of {stop.Total} rows acknowledged; not acknowledged, to resend: {stop.Resend.Count}");
            foreach (var row in stop.Resend)
            {
                context.Console.WriteLine($"resend row {row.Row} ({row.Kind ?? "?"}/{row.Id ?? "no id"})");
            }
        }
    }

    // Progress<T> posts to the thread pool and could land after the bar is gone; this reports in line.
    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
