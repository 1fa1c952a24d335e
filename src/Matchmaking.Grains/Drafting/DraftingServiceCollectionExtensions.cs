using Matchmaking.Grains.Drafting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

public static class DraftingServiceCollectionExtensions
{
    /// <summary>
    /// Rewrites proposal drafts through the OpenAI-compatible endpoint of <paramref name="options"/> when it is
    /// enabled (endpoint and model set); otherwise leaves the engine's drafts as they are.
    /// </summary>
    public static IServiceCollection AddProjectDrafting(this IServiceCollection services, DraftingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return services;
        }

        _ = options.CompletionsUri(); // a bad address fails the start, not the first brief
        services.RemoveAll<IDraftRewriter>();
        services.AddSingleton<IDraftRewriter>(sp => new ChatDraftRewriter(
            new HttpClient { Timeout = Timeout.InfiniteTimeSpan },
            options,
            sp.GetRequiredService<ILogger<ChatDraftRewriter>>()));
        return services;
    }
}
