using Matchmaking.Abstractions.Proposals;

namespace Matchmaking.Grains.Drafting;

/// <summary>What a rewrite starts from: the deterministic draft, the team, its themes (labels) and the coach's need.</summary>
public sealed record DraftContext(
    ProposalDraft Draft,
    IReadOnlyList<ProposalMember> Members,
    IReadOnlyList<string> Themes,
    string? Need,
    string Lang);

/// <summary>
/// Rewrites a proposal's draft in better prose. Returns null to keep the deterministic draft: when there is no
/// rewriter, or it failed or took too long. Never throws for a failing endpoint.
/// </summary>
public interface IDraftRewriter
{
    Task<ProposalDraft?> RewriteAsync(DraftContext context, CancellationToken cancellationToken);
}

/// <summary>The default: no rewriting, the engine's draft as it is.</summary>
public sealed class NoDraftRewriter : IDraftRewriter
{
    public Task<ProposalDraft?> RewriteAsync(DraftContext context, CancellationToken cancellationToken) => Task.FromResult<ProposalDraft?>(null);
}
