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

        if (interruption is null)
        {
            await AddTheSilosErrorsAsync(client, rows, failures, batchSize, cancellationToken);
        }

        failures.Sort((a, b) => a.Row.CompareTo(b.Row));
        var failedLocally = rows.Count - valid.Count;
        return new ImportOutcome(created, updated, unchanged, refused + failedLocally, failures) { Interruption = interruption };
    }

    // A row refused here for one cell may have other problems only the silo knows (an unknown theme, a missing name):
    // what could be read of it is checked (POST /api/import/check, nothing written) and the silo's errors for the
    // fields not already named are added, so the row is fixed in one go. A silo that cannot check leaves the local ones.
    private static async Task AddTheSilosErrorsAsync(
        MatchmakingClient client, IReadOnlyList<ImportRow> rows, List<RowFailure> failures, int batchSize, CancellationToken cancellationToken)
    {
        var partial = rows.Where(r => !r.IsValid && r.Document is not null).ToList();
        for (var offset = 0; offset < partial.Count; offset += batchSize)
        {
            var batch = partial.Skip(offset).Take(batchSize).ToList();
            ImportResult checkedBatch;
            try
            {
                checkedBatch = await client.CheckImportAsync([.. batch.Select(r => r.Document!)], cancellationToken);
            }
            catch (Exception e) when (e is MatchmakingConnectionException or MatchmakingApiException)
            {
                return;
            }

            foreach (var error in checkedBatch.Errors.Where(e => e.Index >= 0 && e.Index < batch.Count && e.Errors is not null))
            {
                var row = batch[error.Index];
                var index = failures.FindIndex(f => f.Row == row.Number);
                if (index < 0)
                {
                    continue;
                }

                var merged = row.Errors.ToDictionary(e => e.Key, e => e.Value);
                var named = merged.Keys.Select(TopField).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var (field, messages) in error.Errors.Where(e => !named.Contains(TopField(e.Key))))
                {
                    merged[field] = messages;
                }

                failures[index] = failures[index] with { Errors = merged };
            }
        }
    }

    // location.province → location; themes[0] → themes; a CSV column's error (province) names its field's top too.
    private static string TopField(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        var top = end < 0 ? path : path[..end];
        return CsvColumn.Find(top) is { Parent: { } parent } ? parent : top;
    }
}
