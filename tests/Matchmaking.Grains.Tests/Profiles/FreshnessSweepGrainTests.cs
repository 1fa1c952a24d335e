using Matchmaking.Abstractions.Grains;
using Matchmaking.Grains.Tests.Events;
using Matchmaking.Grains.Tests.Infrastructure;
using Matchmaking.Matching.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Grains.Tests.Profiles;

/// <summary>
/// The freshness sweep reminds each stale profile's member once per stale spell, and its Orleans reminder and what it
/// remembers are in the database (ADO.NET reminder table, grain storage) across a restart.
/// </summary>
public sealed class FreshnessSweepGrainTests : IAsyncLifetime
{
    private readonly GrainHost host = new(services => services.AddSingleton(new ProfileAging(TimeSpan.FromSeconds(2), TimeSpan.FromHours(1))));

    public Task InitializeAsync() => host.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private IFreshnessSweepGrain Sweep => host.Grains.GetGrain<IFreshnessSweepGrain>(0);

    [Fact]
    public async Task Each_member_is_reminded_once_until_its_profile_is_confirmed_and_stale_again()
    {
        await EventSamples.WriteStartupsAsync(host.Grains, 2);
        var fresh = await Sweep.SweepAsync();
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var first = await Sweep.SweepAsync();
        var again = await Sweep.SweepAsync();
        var remindedAt = (await Sweep.GetRemindedAsync())["startup/startup-000"];
        await host.Grains.GetGrain<IStartupGrain>("startup-000").ConfirmAsync();
        var afterConfirm = await Sweep.SweepAsync();
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var staleAgain = await Sweep.SweepAsync();

        Assert.Equal(0, fresh);
        Assert.Equal(2, first);
        Assert.Equal(0, again);
        Assert.Equal(0, afterConfirm);
        Assert.Equal(["startup/startup-001"], (await Sweep.GetRemindedAsync()).Keys.Where(k => k == "startup/startup-001"));
        Assert.Equal(1, staleAgain);
        Assert.True((await Sweep.GetRemindedAsync())["startup/startup-000"] > remindedAt);
    }

    [Fact]
    public async Task The_sweeps_reminder_and_memory_are_stored_and_survive_a_restart()
    {
        await EventSamples.WriteStartupsAsync(host.Grains, 1);
        await Sweep.StartAsync(TimeSpan.FromHours(6));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await Sweep.SweepAsync();

        await host.RestartAsync();
        await using var connection = await host.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Period FROM OrleansRemindersTable WHERE ReminderName = 'freshness-sweep'";
        var period = await command.ExecuteScalarAsync();

        Assert.Equal((long)TimeSpan.FromHours(6).TotalMilliseconds, Convert.ToInt64(period, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("startup/startup-000", (await Sweep.GetRemindedAsync()).Keys);
        Assert.Equal(0, await Sweep.SweepAsync());
    }
}
