using Matchmaking.Grains.Access;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Proposals;
using Matchmaking.Silo.Auth;
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
    ProjectBoardsLoader boards,
    DemoCalls demoCalls,
    IOptions<DemoSettings> demoSettings,
    UserAccounts accounts,
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

        // Funding calls and proposals; the demo calls on a store without calls, like the demo ecosystem.
        var (calls, proposals) = await boards.LoadAsync(cancellationToken);
        LogBoards(logger, calls, proposals);
        if (calls == 0 && demoSettings.Value.Enabled)
        {
            LogCallsSeeded(logger, await demoCalls.LoadAsync(cancellationToken));
        }

        if (demoSettings.Value.Enabled && await accounts.SeedAsync(DemoUsers.All) is > 0 and var users)
        {
            LogUsers(logger, users);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Calls} funding calls and {Proposals} proposals from storage")]
    private static partial void LogBoards(ILogger logger, int calls, int proposals);

    [LoggerMessage(Level = LogLevel.Information, Message = "No funding calls yet: loaded the demo calls ({Count})")]
    private static partial void LogCallsSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} profiles from storage")]
    private static partial void LogLoaded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "No users yet: created the demo users ({Count}; see README)")]
    private static partial void LogUsers(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store was empty: loaded the demo ecosystem ({Count} profiles)")]
    private static partial void LogSeeded(ILogger logger, int count);
}
