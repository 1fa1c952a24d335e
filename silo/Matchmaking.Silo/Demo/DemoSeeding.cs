using Matchmaking.Grains.Access;
using Matchmaking.Grains.Calls;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Events;
using Matchmaking.Grains.Spaces;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Matchmaking.Silo.Demo;

/// <summary>
/// When the silo is up and its read models are loaded: the demo ecosystem on a store without profiles, the demo
/// calls on one without calls, the demo events and courses on one without any, the demo co-working spaces and voucher programme on one without spaces, the demo users on one without users — each through the grains, like any write.
/// Run by every silo that starts; a second run finds the store filled and does nothing (writes of equal profiles
/// are no-ops besides), so silos starting together do no harm.
/// </summary>
public sealed partial class DemoSeeding(
    ActorDirectory directory,
    CallBoard calls,
    DemoEcosystem demo,
    DemoCalls demoCalls,
    EventBoard events,
    DemoEvents demoEvents,
    SpaceBoard spaces,
    DemoSpaces demoSpaces,
    UserAccounts accounts,
    IOptions<DemoSettings> settings,
    ILogger<DemoSeeding> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }

        if (directory.Count == 0)
        {
            LogSeeded(logger, await demo.LoadAsync(cancellationToken));
        }

        if (calls.All().Count == 0)
        {
            LogCallsSeeded(logger, await demoCalls.LoadAsync(cancellationToken));
        }

        if (events.Count == 0)
        {
            LogEventsSeeded(logger, await demoEvents.LoadAsync(cancellationToken));
        }

        if (spaces.Count == 0)
        {
            LogSpacesSeeded(logger, await demoSpaces.LoadAsync(cancellationToken));
        }

        if (await accounts.SeedAsync(DemoUsers.All) is > 0 and var users)
        {
            LogUsers(logger, users);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No funding calls yet: loaded the demo calls ({Count})")]
    private static partial void LogCallsSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "No events or courses yet: loaded the demo ones ({Count})")]
    private static partial void LogEventsSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "No co-working spaces yet: loaded the demo spaces ({Count}) and voucher programme")]
    private static partial void LogSpacesSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "No users yet: created the demo users ({Count}; see README)")]
    private static partial void LogUsers(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store was empty: loaded the demo ecosystem ({Count} profiles)")]
    private static partial void LogSeeded(ILogger logger, int count);
}
