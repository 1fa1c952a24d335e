namespace Matchmaking.Storage;

/// <summary>
/// Creates the membership tables and the nine queries Orleans' ADO.NET clustering expects on PostgreSQL (the
/// provider ships no scripts), from this project's own SQL. Idempotent: run at every silo start. It runs under the
/// same advisory lock as <see cref="StorageSchema"/>, because both scripts create the shared <c>orleansquery</c>
/// table and <c>CREATE TABLE IF NOT EXISTS</c> alone is not safe against a concurrent creation.
/// </summary>
public static class ClusteringSchema
{
    public static async Task EnsureAsync(string postgresConnectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(postgresConnectionString);

        // The service id plays no part in the schema; the database only opens connections and takes the lock.
        var database = new StorageDatabase(StorageProvider.PostgreSql, postgresConnectionString, serviceId: "clustering");
        await StorageSchema.RunAsync(database, StorageSchema.Script("postgresql-clustering"), cancellationToken);
    }
}
