using Matchmaking.Grains.Calls;
using Matchmaking.Grains.Coaches;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Drafting;
using Matchmaking.Grains.Events;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Proposals;
using Matchmaking.Grains.ReadModels;
using Matchmaking.Grains.Relations;
using Matchmaking.Grains.Spaces;
using Matchmaking.Grains.Vouchers;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Grains.Themes;
using Matchmaking.Matching.Index;
using Matchmaking.Matching.Themes;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>
    /// What the grains of a silo use: the taxonomy, the rules, and this silo's read models (the directory, the
    /// engine's index — one <see cref="MatchIndex"/> for the silo, kept current by the <see cref="Matchmaker"/> —
    /// and the boards) with the <see cref="EcosystemReplica"/> that fills them and the <see cref="EcosystemFeed"/>
    /// that follows other silos' writes. The grain classes themselves are found by Orleans.
    /// </summary>
    public static IServiceCollection AddMatchmakingGrains(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(ThemeTaxonomy.Default);
        services.AddSingleton<ActorDirectory>();
        services.AddSingleton<ProfileRules>();
        services.AddSingleton(sp => new MatchIndex(sp.GetRequiredService<ThemeTaxonomy>()));
        services.AddSingleton<SuggestionRules>();
        services.TryAddSingleton(Matchmaking.Matching.Scoring.ProfileAging.Default);
        services.AddSingleton<Matchmaker>();
        services.AddSingleton<FeedbackDesk>();
        services.AddSingleton<ProfileGrainServices>();
        services.AddSingleton<ThemeGapsView>();
        services.AddSingleton<CallRules>();
        services.AddSingleton<CallBoard>();
        services.AddSingleton<CallMatcher>();
        services.AddSingleton<ProposalBoard>();
        services.AddSingleton<EventRules>();
        services.TryAddSingleton(TierEffects.Default);
        services.AddSingleton<EventBoard>();
        services.AddSingleton<EventSuggester>();
        services.AddSingleton<ProposalDesk>();
        services.AddSingleton<SpaceBoard>();
        services.AddSingleton<IReplicatedView>(sp => sp.GetRequiredService<SpaceBoard>());
        services.AddSingleton<ProgrammeBoard>();
        services.AddSingleton<IReplicatedView>(sp => sp.GetRequiredService<ProgrammeBoard>());
        services.AddSingleton<SpaceSuggester>();
        services.AddSingleton<EcosystemReplica>();
        services.AddSingleton<EcosystemFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<EcosystemFeed>());
        services.AddSingleton<ReplicaLoading>();
        services.AddSingleton<Orleans.ILifecycleParticipant<Orleans.Runtime.ISiloLifecycle>>(sp => sp.GetRequiredService<ReplicaLoading>());
        services.AddSingleton<CoachBriefRules>();
        services.AddSingleton<ProposalFormation>();
        services.TryAddSingleton<IDraftRewriter, NoDraftRewriter>();
        services.TryAddSingleton<Matchmaking.Grains.Digests.IDigestMailer, Matchmaking.Grains.Digests.NoDigestMailer>();
        return services;
    }
}
