using Matchmaking.Testing;

namespace Matchmaking.Storage.Tests.Infrastructure;

/// <summary>Every PostgreSQL test class shares one throw-away server and runs one after another; each takes its own database.</summary>
[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
