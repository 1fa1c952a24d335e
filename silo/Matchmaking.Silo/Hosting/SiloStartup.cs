using Matchmaking.Grains.Directory;
using Matchmaking.Silo.Demo;
using Microsoft.Extensions.Options;

namespace Matchmaking.Silo.Hosting;

/// <summary>
/// Work before the silo serves requests: rebuild the directory from storage, then load the demo
/// ecosystem when the store is empty and the demo is enabled. Hosted services start before the web
/// server, so <c>/health</c> answers only after this.
/// </summary>
public sealed partial class SiloStartup(
    ActorDirectoryLoader loader,
    DemoEcosystem demo,
    IOptions<DemoSettings> demoSettings,
    ILogger<SiloStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var loaded = await loader.LoadAsync(cancellationToken);
        LogLoaded(logger, loaded);
        if (loaded == 0 && demoSettings.Value.Enabled)
        {
            var seeded = await demo.LoadAsync(cancellationToken);
            LogSeeded(logger, seeded);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} profiles from storage")]
    private static partial void LogLoaded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store was empty: loaded the demo ecosystem ({Count} profiles)")]
    private static partial void LogSeeded(ILogger logger, int count);
}
