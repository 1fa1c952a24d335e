using System.Data.Common;

namespace Matchmaking.Persistence;

/// <summary>What differs between the databases under <see cref="GrainStateTable"/>; the SQL itself is shared.</summary>
internal interface IGrainStateDatabase : IDisposable, IAsyncDisposable
{
    /// <summary>An SQL expression for the current UTC time, stored in <c>modified_on</c>.</summary>
    string NowSql { get; }

    /// <summary>An open connection from the pool, ready for use; the caller disposes it.</summary>
    ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>A parameter carrying a JSON payload, typed as the payload column expects.</summary>
    DbParameter CreatePayloadParameter(string name, string json);

    /// <summary>Creates the table when missing; idempotent and safe against concurrent callers.</summary>
    Task CreateSchemaAsync(CancellationToken cancellationToken);
}
