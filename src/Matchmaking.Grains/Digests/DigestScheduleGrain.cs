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
/// actor's digest issued once (two users of one actor share it) and, when a mail server is configured, each user with
/// an e-mail address gets it in its language. A digest that cannot be made (the actor deleted meanwhile) is skipped
/// and logged, as is a mail that cannot be sent.
/// </summary>
public sealed partial class DigestScheduleGrain(IDigestMailer mailer, ILogger<DigestScheduleGrain> logger) : Grain, IDigestScheduleGrain, IRemindable
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
        foreach (var members in users.Where(u => u.Role == Roles.Member && u.Actor is not null).GroupBy(u => u.Actor!))
        {
            var grain = GrainFactory.GetGrain<IDigestGrain>(MatchKeys.Of(members.Key));
            try
            {
                // Each member in its language, all before the issue, which then marks what this digest suggested.
                var mails = new List<(UserAccount Member, Digest Digest)>();
                foreach (var member in members.Where(m => m.Email is not null && mailer.Enabled))
                {
                    mails.Add((member.Account, await grain.GetAsync(member.Language ?? "it")));
                }

                await grain.IssueAsync(members.First().Language ?? "it");
                count++;
                foreach (var (member, digest) in mails)
                {
                    await SendAsync(member, digest);
                }
            }
            catch (Exception e) when (e is ActorNotFoundException or NotFoundException)
            {
                LogSkipped(logger, members.Key.ToString());
            }
        }

        LogIssued(logger, count);
        return count;
    }

    // A mail that cannot be sent does not stop the others: it is logged, and the digest stays on the page and the feed.
    private async Task SendAsync(UserAccount member, Digest digest)
    {
        try
        {
            await mailer.SendAsync(member, digest);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or InvalidOperationException or TimeoutException || e.GetType().Namespace?.StartsWith("MailKit", StringComparison.Ordinal) == true)
        {
            LogNotSent(logger, member.Id, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Issued the weekly digests of {Count} member actors")]
    private static partial void LogIssued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The digest of user {User} was not sent: {Problem}")]
    private static partial void LogNotSent(ILogger logger, string user, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No digest for {Actor}: it has no profile")]
    private static partial void LogSkipped(ILogger logger, string actor);
}
