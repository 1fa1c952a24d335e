using Matchmaking.Testing;

namespace Matchmaking.Persistence.Tests;

/// <summary>Every PostgreSQL test class shares one throw-away server and runs one after another.</summary>
[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
