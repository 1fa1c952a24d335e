using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Grains.Relations;
using Matchmaking.Grains.Tests.Infrastructure;
using static Matchmaking.Grains.Tests.Suggestions.SmallEcosystem;

namespace Matchmaking.Grains.Tests.Themes;

/// <summary>A hub's view of a theme: supply and demand by province, unmet seekers, the most connected actors.</summary>
public sealed class ThemeGapsTests : IAsyncLifetime
{
    private readonly GrainHost host = new();

    public async Task InitializeAsync()
    {
        await host.StartAsync();
        await WriteAsync(host.Grains);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Seekers_with_no_local_offerer_are_the_gaps()
    {
        var gaps = (await host.Grains.GetGrain<IThemeGrain>("traceability").GetGapsAsync())!;

        Assert.Equal(0, gaps.Offerers);
        Assert.Equal(1, gaps.Seekers);
        var cremona = Assert.Single(gaps.Provinces);
        Assert.Equal(("CR", 0, 1, 1), (cremona.Province, cremona.Offerers, cremona.Seekers, cremona.Gap));
        Assert.Equal(Formaggi.Id, Assert.Single(gaps.UnmetSeekers).Id);
    }

    [Fact]
    public async Task Supply_and_demand_by_province_and_the_most_connected_actors()
    {
        await host.Get<FeedbackDesk>().SendAsync(Valvole, new Feedback(Rossi, FeedbackDecision.Accept));
        await host.Get<FeedbackDesk>().SendAsync(Valvole, new Feedback(Sensori, FeedbackDecision.Accept));

        var all = (await host.Grains.GetGrain<IThemeGrain>("predictive-maintenance").GetGapsAsync())!;
        var brescia = (await host.Grains.GetGrain<IThemeGrain>("predictive-maintenance").GetGapsAsync("bs"))!;

        Assert.Contains(all.Provinces, p => p.Province == "MI" && p.Offerers >= 1);
        var bs = Assert.Single(brescia.Provinces);
        Assert.Equal("BS", bs.Province);
        Assert.True(bs.Offerers >= 1);
        Assert.Empty(brescia.UnmetSeekers);
        Assert.Equal(Valvole.Id, brescia.Connected[0].Id);
        Assert.Equal(2, brescia.Connected[0].Partners);
        Assert.Null(await host.Grains.GetGrain<IThemeGrain>("teleportation").GetGapsAsync());
    }
}
