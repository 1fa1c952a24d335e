using Matchmaking.Client;

namespace Matchmaking.Cli.Import;

/// <summary>
/// Sends the valid rows in batches and maps the silo's per-item errors back to the file's row numbers. When a batch
/// gets no answer (the silo killed, unreachable, or failing), the import stops there: the outcome says which rows the
/// silo acknowledged and which to send again (<see cref="ImportOutcome.Interruption"/>). Every write is an upsert and a
/// row equal to the stored profile comes back <c>unchanged</c>, so running the same file again resumes it.
/// </summary>
public static class ProfileImporter
{
    public static async Task<ImportOutcome> ImportAsync(
        MatchmakingClient client, IReadOnlyList<ImportRow> rows, int batchSize, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var valid = rows.Where(r => r.IsValid).ToList();
        var failures = rows.Where(r => !r.IsValid).Select(r => new RowFailure(r.Number, r.Id, r.Kind, r.Errors)).ToList();
        var (created, updated, unchanged, refused) = (0, 0, 0, 0);
        ImportInterruption? interruption = null;
        for (var offset = 0; offset < valid.Count; offset += batchSize)
        {
            var batch = valid.Skip(offset).Take(batchSize).ToList();
            ImportResult result;
            try
            {
                result = await client.ImportAsync([.. batch.Select(r => r.Document!)], cancellationToken);
            }
            catch (Exception e) when (e is MatchmakingConnectionException or MatchmakingApiException or OperationCanceledException)
            {
                var resend = valid.Skip(offset).Select(r => new RowRef(r.Number, r.Id, r.Kind)).ToList();
                interruption = new ImportInterruption(offset, valid.Count, resend, e);
                break;
            }

            (created, updated, unchanged, refused) = (created + result.Created, updated + result.Updated, unchanged + result.Unchanged, refused + result.Failed);
            foreach (var error in result.Errors)
            {
                var row = error.Index >= 0 && error.Index < batch.Count ? batch[error.Index] : null;
                failures.Add(new RowFailure(row?.Number ?? 0, error.Id ?? row?.Id, error.Kind ?? row?.Kind, error.Errors ?? new Dictionary<string, string[]>()));
            }

            progress?.Report(new ImportProgress(offset + batch.Count, valid.Count));
        }

        failures.Sort((a, b) => a.Row.CompareTo(b.Row));
        var failedLocally = rows.Count - valid.Count;
        return new ImportOutcome(created, updated, unchanged, refused + failedLocally, failures) { Interruption = interruption };
    }
}
