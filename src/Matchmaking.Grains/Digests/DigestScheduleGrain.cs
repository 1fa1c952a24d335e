using Matchmaking.Abstractions.Access;
using Matchmaking.Abstractions.Digests;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Grains.Access;
using Matchmaking.Grains.Suggestions;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Digests;

/// <summary>
/// Issues every member's digest on an Orleans reminder (weekly by default): each user bound to an actor gets its
/// actor's digest issued once (two users of one actor share it). A digest that cannot be made (the actor deleted
/// meanwhile) is skipped and logged.
/// </summary>
public sealed partial class DigestScheduleGrain(ILogger<DigestScheduleGrain> logger) : Grain, IDigestScheduleGrain, IRemindable
{
    public const string ReminderName = "weekly-digests";

    public async Task StartAsync(TimeSpan every) =>
        await this.RegisterOrUpdateReminder(ReminderName, every, every);

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == ReminderName ? IssueAllAsync() : Task.CompletedTask;

    public async Task<int> IssueAllAsync()
    {
        var users = await GrainFactory.GetGrain<IAccessGrain>(AccessKeys.Registry).ListUsersAsync();
        var count = 0;
        foreach (var actor in users.Where(u => u.Role == Roles.Member && u.Actor is not null).Select(u => u.Actor!).Distinct())
        {
            try
            {
                await GrainFactory.GetGrain<IDigestGrain>(MatchKeys.Of(actor)).IssueAsync("it");
                count++;
            }
            catch (Exception e) when (e is ActorNotFoundException or NotFoundException)
            {
                LogSkipped(logger, actor.ToString());
            }
        }

        LogIssued(logger, count);
        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Issued the weekly digests of {Count} member actors")]
    private static partial void LogIssued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No digest for {Actor}: it has no profile")]
    private static partial void LogSkipped(ILogger logger, string actor);
}
