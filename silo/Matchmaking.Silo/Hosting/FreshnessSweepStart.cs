using Matchmaking.Abstractions.Grains;
using Microsoft.Extensions.Options;
using Orleans;

namespace Matchmaking.Silo.Hosting;

/// <summary>At every silo start, (re-)registers the freshness sweep's reminder with the configured period (idempotent).</summary>
public sealed class FreshnessSweepStart(IGrainFactory grains, IOptions<FreshnessSettings> settings) : IStartupTask
{
    public Task Execute(CancellationToken cancellationToken) =>
        grains.GetGrain<IFreshnessSweepGrain>(0).StartAsync(settings.Value.SweepEvery);
}
