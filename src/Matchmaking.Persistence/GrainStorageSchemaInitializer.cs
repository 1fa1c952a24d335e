using Microsoft.Extensions.Hosting;

namespace Matchmaking.Persistence;

/// <summary>Creates a storage's schema when the host starts, so a bad connection string fails the start, not the first grain.</summary>
internal sealed class GrainStorageSchemaInitializer(AdoNetGrainStorage storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => storage.EnsureSchemaAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
