using Matchmaking.Grains.Calls;
using Matchmaking.Grains.Coaches;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Drafting;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Proposals;
using Matchmaking.Grains.Relations;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Grains.Themes;
using Matchmaking.Matching.Index;
using Matchmaking.Matching.Themes;
using Matchmaking.Runtime;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>
    /// The grain runtime with this project's grains, the taxonomy, the directory, the engine's index (one
    /// <see cref="MatchIndex"/> for the silo, kept current by the <see cref="Matchmaker"/>), the feedback desk
    /// and the profile rules.
    /// </summary>
    public static IServiceCollection AddMatchmakingGrains(this IServiceCollection services, Action<GrainRuntimeOptions>? configure = null)
    {
        services.AddGrainRuntime(options =>
        {
            options.GrainAssemblies.Add(typeof(ProfileGrain<>).Assembly);
            configure?.Invoke(options);
        });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(ThemeTaxonomy.Default);
        services.AddSingleton<ActorDirectory>();
        services.AddSingleton<ActorDirectoryLoader>();
        services.AddSingleton<ProfileRules>();
        services.AddSingleton(sp => new MatchIndex(sp.GetRequiredService<ThemeTaxonomy>()));
        services.AddSingleton<SuggestionRules>();
        services.AddSingleton<Matchmaker>();
        services.AddSingleton<FeedbackDesk>();
        services.AddSingleton<ProfileGrainServices>();
        services.AddSingleton<ThemeGapsView>();
        services.AddSingleton<CallRules>();
        services.AddSingleton<CallBoard>();
        services.AddSingleton<CallMatcher>();
        services.AddSingleton<ProposalBoard>();
        services.AddSingleton<ProposalDesk>();
        services.AddSingleton<ProjectBoardsLoader>();
        services.AddSingleton<CoachBriefRules>();
        services.AddSingleton<ProposalFormation>();
        services.TryAddSingleton<IDraftRewriter, NoDraftRewriter>();
        return services;
    }
}
