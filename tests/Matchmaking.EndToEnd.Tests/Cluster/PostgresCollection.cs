using Matchmaking.Testing;

namespace Matchmaking.EndToEnd.Tests.Cluster;

/// <summary>The test classes of this assembly that share one throw-away PostgreSQL server (each class makes its own database).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
