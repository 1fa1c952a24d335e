using Matchmaking.Client;

namespace Matchmaking.Cli.Import;

/// <summary>Sends the valid rows in batches and maps the silo's per-item errors back to the file's row numbers.</summary>
public static class ProfileImporter
{
    public static async Task<ImportOutcome> ImportAsync(
        MatchmakingClient client, IReadOnlyList<ImportRow> rows, int batchSize, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(rows);
        var valid = rows.Where(r => r.IsValid).ToList();
        var result = await client.ImportAllAsync([.. valid.Select(r => r.Document!)], batchSize, progress, cancellationToken);

        var failures = rows.Where(r => !r.IsValid).Select(r => new RowFailure(r.Number, r.Id, r.Kind, r.Errors)).ToList();
        foreach (var error in result.Errors)
        {
            var row = error.Index >= 0 && error.Index < valid.Count ? valid[error.Index] : null;
            failures.Add(new RowFailure(row?.Number ?? 0, error.Id ?? row?.Id, error.Kind ?? row?.Kind, error.Errors ?? new Dictionary<string, string[]>()));
        }

        failures.Sort((a, b) => a.Row.CompareTo(b.Row));
        var failedLocally = rows.Count - valid.Count;
        return new ImportOutcome(result.Created, result.Updated, result.Unchanged, result.Failed + failedLocally, failures);
    }
}
