using Matchmaking.Abstractions.Grains;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Storage;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Profiles;

/// <summary>What the sweep stores: when each stale profile's member was reminded.</summary>
public sealed class FreshnessSweepState : IUnreadableState
{
    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Unreadable { get; set; }

    public Dictionary<string, DateTimeOffset> Reminded { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Sweeps the profiles for staleness on an Orleans reminder (durable in the reminder table: it survives restarts and
/// the silo that ran it dying). One reminder for the hub, not one per profile, so that writing a profile costs no
/// reminder write. Reads the silo's copy of the engine (<see cref="Matchmaker.Aged"/>, the whole ecosystem), reminds
/// each member once per stale spell (a profile confirmed or edited and stale again is reminded again), forgets profiles
/// that are fresh again.
/// </summary>
public sealed partial class FreshnessSweepGrain(
    [PersistentState(StorageNames.FreshnessSweepState, StorageNames.Profiles)] IPersistentState<FreshnessSweepState> state,
    Matchmaker matchmaker,
    TimeProvider clock,
    ILogger<FreshnessSweepGrain> logger) : Grain, IFreshnessSweepGrain, IRemindable
{
    public const string ReminderName = "freshness-sweep";

    public async Task StartAsync(TimeSpan every) =>
        await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), every);

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == ReminderName ? SweepAsync() : Task.CompletedTask;

    public async Task<int> SweepAsync()
    {
        if (state.State.Unreadable is not null)
        {
            state.State = new FreshnessSweepState(); // a damaged record is replaced: at worst members are reminded again
        }

        var now = clock.GetUtcNow();
        var aged = matchmaker.Aged();
        var reminded = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var count = 0;
        foreach (var profile in aged)
        {
            if (state.State.Reminded.TryGetValue(profile.Key, out var at) && at >= profile.UpdatedAt)
            {
                reminded[profile.Key] = at;
                continue;
            }

            reminded[profile.Key] = now;
            count++;
            LogReminded(logger, profile.Key, profile.UpdatedAt, profile.Expired ? "expired" : "stale");
        }

        if (count > 0 || reminded.Count != state.State.Reminded.Count)
        {
            await state.WriteOrRestoreAsync(new FreshnessSweepState { Reminded = reminded });
        }

        return count;
    }

    public Task<IReadOnlyDictionary<string, DateTimeOffset>> GetRemindedAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, DateTimeOffset>>(new Dictionary<string, DateTimeOffset>(state.State.Reminded, StringComparer.Ordinal));

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminded the member of {Actor} to confirm its profile, {Status}: not confirmed since {Since:u}")]
    private static partial void LogReminded(ILogger logger, string actor, DateTimeOffset since, string status);
}
