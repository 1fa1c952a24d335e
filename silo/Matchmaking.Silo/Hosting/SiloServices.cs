using Matchmaking.Abstractions.Json;
using Matchmaking.Grains;
using Matchmaking.Grains.Drafting;
using Matchmaking.Grains.ReadModels;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Demo;
using Matchmaking.Silo.Http;

namespace Matchmaking.Silo.Hosting;

/// <summary>The silo's wiring: storage, grains, HTTP conventions, start-up work.</summary>
public static class SiloServices
{
    // A section read into its settings; a value that cannot be read is a setting the silo cannot start with.
    private static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException e)
        {
            throw new SettingsException($"{section}: {e.InnerException?.Message ?? e.Message}");
        }
    }

    public static WebApplicationBuilder AddSiloServices(this WebApplicationBuilder builder)
    {
        builder.AddOrleans();
        var freshness = Bind<FreshnessSettings>(builder.Configuration, FreshnessSettings.Section);
        builder.Services.AddSingleton(freshness);
        builder.Services.AddSingleton(freshness.ToAging());
        builder.Services.AddSingleton(TierSettings.Effects(builder.Configuration));
        builder.Services.AddSingleton(Bind<DigestSettings>(builder.Configuration, DigestSettings.Section).Checked());

        if (Bind<SmtpSettings>(builder.Configuration, SmtpSettings.Section) is { Host.Length: > 0 } smtp)
        {
            builder.Services.AddSingleton(smtp);
            builder.Services.AddSingleton<Matchmaking.Grains.Digests.IDigestMailer, SmtpDigestMailer>();
        }

        builder.Services.AddMatchmakingGrains();
        builder.Services.Configure<EcosystemFeedOptions>(builder.Configuration.GetSection(EcosystemFeedOptions.Section));
        builder.Services.AddSiloHealthChecks(ProcessRoles.From(builder.Configuration));
        builder.Services.Configure<DemoSettings>(builder.Configuration.GetSection(DemoSettings.Section));
        builder.Services.AddSingleton<ProfileCatalog>();
        builder.Services.AddSingleton<DemoEcosystem>();
        builder.Services.AddSingleton<DemoCalls>();
        builder.Services.AddSingleton<DemoEvents>();
        builder.Services.AddSingleton<DemoSpaces>();
        builder.Services.AddProjectDrafting(builder.Configuration.GetSection(DraftingOptions.Section).Get<DraftingOptions>() ?? new DraftingOptions());
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
        builder.Services.AddTransient<IStartupFilter, HeadRequests>();
        builder.Services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<OpenApi.ApiConventions>();
            o.AddOperationTransformer<OpenApi.ApiConventions>();
            o.AddSchemaTransformer<OpenApi.SchemaConventions>();
            o.AddSchemaTransformer<OpenApi.ProfileDocumentSchemas>();
            o.AddDocumentTransformer<OpenApi.ProfileDocumentSchemas>();
        });
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
}
