using Xunit;

namespace Matchmaking.Testing;

/// <summary>
/// One <see cref="PostgresServer"/> shared by the test classes of a collection. xunit only finds collection
/// definitions in the test assembly itself, so each assembly that wants it declares:
/// <code>
/// [CollectionDefinition("postgres")]
/// public sealed class PostgresCollection : ICollectionFixture&lt;PostgresFixture&gt;;
/// </code>
/// and marks its classes <c>[Collection("postgres")]</c>, taking <see cref="PostgresFixture"/> in the constructor.
/// Classes in one collection run one after another; give each its own database with
/// <see cref="PostgresServer.CreateUniqueDatabaseAsync"/>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    /// <summary>The running server.</summary>
    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL fixture has not started.");

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
