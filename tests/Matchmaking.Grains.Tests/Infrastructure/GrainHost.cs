using Matchmaking.Grains;
using Matchmaking.Persistence;
using Matchmaking.Runtime;
using Matchmaking.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Grains.Tests.Infrastructure;

/// <summary>The grains on the real runtime and a SQLite file that outlives <see cref="RestartAsync"/>, as a silo restart would.</summary>
public sealed class GrainHost : IAsyncDisposable
{
    private readonly TempDirectory folder = new();
    private readonly Action<IServiceCollection>? configure;

    /// <param name="configure">More services or replacements (e.g. a drafting connector, a clock), added after the grains'.</param>
    public GrainHost(Action<IServiceCollection>? configure = null)
    {
        this.configure = configure;
        Services = Build();
    }

    public ServiceProvider Services { get; private set; }

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Drops every activation and in-memory view; the store stays. Views are empty until the loader runs.</summary>
    public async Task RestartAsync()
    {
        await Services.DisposeAsync();
        Services = Build();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        folder.Dispose();
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAdoNetGrainStorage(StorageNames.Profiles, new AdoNetStorageOptions
        {
            Provider = StorageProvider.Sqlite,
            ConnectionString = $"Data Source={folder.Combine("grains.db")}",
        });
        services.AddMatchmakingGrains();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
