using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matchmaking.Runtime.Tests.Infrastructure;

/// <summary>The runtime as a host would run it: services built, hosted services started, stopped on dispose.</summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hostedServices;
    private bool _stopped;

    private TestSilo(ServiceProvider services)
    {
        _services = services;
        _hostedServices = [.. services.GetServices<IHostedService>()];
    }

    public GrainProbe Probe => _services.GetRequiredService<GrainProbe>();

    public MemoryGrainStorage Storage => _services.GetRequiredService<MemoryGrainStorage>();

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    public IGrainRuntimeDiagnostics Diagnostics => _services.GetRequiredService<IGrainRuntimeDiagnostics>();

    public IServiceProvider Services => _services;

    public static async Task<TestSilo> StartAsync(Action<GrainRuntimeOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<GrainProbe>();
        services.AddSingleton<MemoryGrainStorage>();
        services.AddGrainRuntime(options =>
        {
            options.GrainAssemblies.Add(typeof(TestSilo).Assembly);
            configure?.Invoke(options);
        });
        services.AddGrainStorage("Default", provider => provider.GetRequiredService<MemoryGrainStorage>());
        services.AddGrainStorage("other", _ => new MemoryGrainStorage());
        var silo = new TestSilo(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        foreach (var hostedService in silo._hostedServices)
        {
            await hostedService.StartAsync(CancellationToken.None);
        }

        return silo;
    }

    public async Task StopAsync()
    {
        _stopped = true;
        foreach (var hostedService in _hostedServices.Reverse())
        {
            await hostedService.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Disposes the services as a host that never stopped would: the runtime's own DisposeAsync must shut it down.</summary>
    public async Task DisposeWithoutStoppingAsync()
    {
        _stopped = true;
        await _services.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            await StopAsync();
        }

        await _services.DisposeAsync();
    }
}
