using Matchmaking.Testing;

namespace Matchmaking.Persistence.Tests;

/// <summary>A class fixture: one fresh PostgreSQL database per test class, created on first use.</summary>
public sealed class ClassDatabase
{
    private readonly Lock _lock = new();
    private Task<string>? _connectionString;

    public Task<string> GetAsync(PostgresServer server, string prefix)
    {
        lock (_lock)
        {
            // A failed creation is not cached, so the next test reports its own error rather than a stale one.
            if (_connectionString is null || _connectionString.IsFaulted || _connectionString.IsCanceled)
            {
                _connectionString = server.CreateUniqueDatabaseAsync(prefix);
            }

            return _connectionString;
        }
    }
}
