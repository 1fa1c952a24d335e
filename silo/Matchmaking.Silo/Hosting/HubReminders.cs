using Matchmaking.Abstractions.Digests;
using Matchmaking.Abstractions.Grains;
using Orleans;

namespace Matchmaking.Silo.Hosting;

/// <summary>
/// At every silo start, (re-)registers the hub's two Orleans reminders with their configured periods (idempotent):
/// the freshness sweep (<c>Freshness:SweepEvery</c>, a day) and the weekly digests (<c>Digests:Every</c>, 7 days).
/// </summary>
public sealed class HubReminders(IGrainFactory grains, FreshnessSettings freshness, DigestSettings digests) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        await grains.GetGrain<IFreshnessSweepGrain>(0).StartAsync(freshness.SweepEvery);
        await grains.GetGrain<IDigestScheduleGrain>(0).StartAsync(digests.Every);
    }
}
