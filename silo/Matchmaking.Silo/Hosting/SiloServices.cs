using Matchmaking.Abstractions.Json;
using Matchmaking.Grains;
using Matchmaking.Grains.Drafting;
using Matchmaking.Persistence;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Demo;
using Matchmaking.Silo.Http;

namespace Matchmaking.Silo.Hosting;

/// <summary>The silo's wiring: storage, grains, HTTP conventions, start-up work.</summary>
public static class SiloServices
{
    public static WebApplicationBuilder AddSiloServices(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageSettings.Section).Get<StorageSettings>() ?? new StorageSettings();
        builder.Services.AddAdoNetGrainStorage(StorageNames.Profiles, new AdoNetStorageOptions
        {
            Provider = ParseProvider(storage.Provider),
            ConnectionString = storage.ConnectionString ?? DefaultSqlite(),
            ServiceId = storage.ServiceId,
            SerializerOptions = MatchmakingJson.Options,
        });

        var collectionAge = builder.Configuration.GetValue<TimeSpan?>("Runtime:CollectionAge");
        builder.Services.AddMatchmakingGrains(options =>
        {
            if (collectionAge is { } age)
            {
                options.CollectionAge = age;
            }
        });

        builder.Services.Configure<DemoSettings>(builder.Configuration.GetSection(DemoSettings.Section));
        builder.Services.AddSingleton<ProfileCatalog>();
        builder.Services.AddSingleton<DemoEcosystem>();
        builder.Services.AddSingleton<DemoCalls>();
        builder.Services.AddProjectDrafting(builder.Configuration.GetSection(DraftingOptions.Section).Get<DraftingOptions>() ?? new DraftingOptions());
        builder.Services.AddHostedService<SiloStartup>();
        builder.AddSiloAuth();

        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            var shared = MatchmakingJson.Options;
            o.SerializerOptions.PropertyNamingPolicy = shared.PropertyNamingPolicy;
            o.SerializerOptions.DefaultIgnoreCondition = shared.DefaultIgnoreCondition;
            o.SerializerOptions.Encoder = shared.Encoder;
            foreach (var converter in shared.Converters)
            {
                o.SerializerOptions.Converters.Add(converter);
            }
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = JsonBody.ImportLimit);
        return builder;
    }

    public static WebApplication UseSiloPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSiloAuth();
        return app;
    }

    private static StorageProvider ParseProvider(string? name) =>
        Enum.TryParse<StorageProvider>(name, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Storage:Provider '{name}' is not one of: {string.Join(", ", Enum.GetNames<StorageProvider>())}.");

    // The embedded default: a file under ./data of the directory the silo is started from.
    private static string DefaultSqlite() =>
        $"Data Source={Path.GetFullPath(Path.Combine("data", "matchmaking.db"))}";
}
