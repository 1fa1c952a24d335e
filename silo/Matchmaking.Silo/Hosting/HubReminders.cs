using Matchmaking.Abstractions.Digests;
using Matchmaking.Abstractions.Grains;
using Microsoft.Extensions.Options;
using Orleans;

namespace Matchmaking.Silo.Hosting;

/// <summary>
/// At every silo start, (re-)registers the hub's two Orleans reminders with their configured periods (idempotent):
/// the freshness sweep (<c>Freshness:SweepEvery</c>, a day) and the weekly digests (<c>Digests:Every</c>, 7 days).
/// </summary>
public sealed class HubReminders(IGrainFactory grains, IOptions<FreshnessSettings> freshness, IConfiguration configuration) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        await grains.GetGrain<IFreshnessSweepGrain>(0).StartAsync(freshness.Value.SweepEvery);
        var every = configuration.GetValue("Digests:Every", TimeSpan.FromDays(7));
        if (every < TimeSpan.FromMinutes(1))
        {
            throw new InvalidOperationException($"Digests:Every must be at least a minute ({every}).");
        }

        await grains.GetGrain<IDigestScheduleGrain>(0).StartAsync(every);
    }
}
