using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Calls;
using Matchmaking.Grains.Proposals;
using Matchmaking.Grains.Tests.Infrastructure;

namespace Matchmaking.Grains.Tests.Calls;

/// <summary>A call is checked before it is written, kept on the board, and found again after a restart.</summary>
public sealed class CallGrainTests : IAsyncLifetime
{
    private readonly GrainHost host = new();

    public Task InitializeAsync() => host.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_deadline_before_the_opening_is_refused_and_nothing_is_written()
    {
        var call = DemoLikeCalls.Open("predictive-maintenance") with { Opening = new DateOnly(2027, 5, 1), Deadline = new DateOnly(2027, 4, 30) };

        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => host.Grains.GetGrain<ICallGrain>("bando").UpsertAsync(call));

        Assert.Equal(["deadline"], invalid.Errors.Keys);
        Assert.Contains("before the opening", invalid.Errors["deadline"][0], StringComparison.Ordinal);
        Assert.Null(await host.Grains.GetGrain<ICallGrain>("bando").GetAsync());
        Assert.Equal(0, host.Get<CallBoard>().Count);
    }

    [Fact]
    public async Task Every_broken_rule_is_named()
    {
        var call = new FundingCall { Themes = ["teleportation"], Budget = -1, Url = "ftp://x" };

        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => host.Grains.GetGrain<ICallGrain>("bando").UpsertAsync(call));

        Assert.Equal(["budget", "deadline", "eligible", "opening", "publisher", "themes[0]", "title", "url"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_call_is_created_then_unchanged_then_updated_and_survives_a_restart()
    {
        var grain = host.Grains.GetGrain<ICallGrain>("bando-pm");
        var created = await grain.UpsertAsync(DemoLikeCalls.Open(" Predictive-Maintenance ") with { Eligible = [Applicant.University, Applicant.Sme, Applicant.Sme] });
        var unchanged = await grain.UpsertAsync(DemoLikeCalls.Open("predictive-maintenance") with { Eligible = [Applicant.Sme, Applicant.University] });
        var stale = await Assert.ThrowsAsync<VersionConflictException>(() => grain.UpsertAsync(DemoLikeCalls.Open("ai"), expectedVersion: "99"));
        var updated = await grain.UpsertAsync(DemoLikeCalls.Open("ai"), created.Stored.Version);

        Assert.Equal(WriteOutcome.Created, created.Outcome);
        Assert.Equal(["predictive-maintenance"], created.Stored.Call.Themes);
        Assert.Equal([Applicant.Sme, Applicant.University], created.Stored.Call.Eligible);
        Assert.Equal(WriteOutcome.Unchanged, unchanged.Outcome);
        Assert.Contains("99", stale.Message, StringComparison.Ordinal);
        Assert.Equal(WriteOutcome.Updated, updated.Outcome);

        await host.RestartAsync();
        Assert.Equal(1, host.Get<CallBoard>().Count);
        Assert.Equal(["ai"], host.Get<CallBoard>().Get("bando-pm")!.Call.Themes);
        Assert.True(await host.Grains.GetGrain<ICallGrain>("bando-pm").DeleteAsync());
        Assert.False(await host.Grains.GetGrain<ICallGrain>("bando-pm").DeleteAsync());
        Assert.Equal(0, host.Get<CallBoard>().Count);
    }

    [Fact]
    public void A_call_is_upcoming_open_or_closed_by_its_dates_both_days_included()
    {
        var call = DemoLikeCalls.Open();

        Assert.Equal(CallStatus.Upcoming, call.StatusOn(new DateOnly(2026, 12, 31)));
        Assert.Equal(CallStatus.Open, call.StatusOn(new DateOnly(2027, 1, 1)));
        Assert.Equal(CallStatus.Open, call.StatusOn(new DateOnly(2027, 6, 30)));
        Assert.Equal(CallStatus.Closed, call.StatusOn(new DateOnly(2027, 7, 1)));
    }
}
