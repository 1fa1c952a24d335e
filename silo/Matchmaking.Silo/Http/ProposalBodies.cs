using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Relations;

namespace Matchmaking.Silo.Http;

/// <summary>
/// Reads the bodies of the coach and proposal endpoints strictly: a brief
/// (<c>{"themes","need","anchor","region","top","required","optional","excludedRoles","include","exclude","maxTeamSize","lang"}</c>),
/// a member's decision (<c>{"member":{"kind","id"},"decision":"accept|decline","reason"}</c>) and a reason (<c>{"reason"}</c>).
/// </summary>
public static class ProposalBodies
{
    public static ProjectBrief Brief(JsonObject body) => StrictBodies.Read<ProjectBrief>(body, "a brief");

    public static ProposalDecision Decision(JsonObject body)
    {
        var read = StrictBodies.Read<DecisionBody>(body, "a decision");
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (read.Member is null)
        {
            errors["member"] = ["The member deciding is required, as {\"kind\": \"company\", \"id\": \"…\"}."];
        }

        FeedbackDecision decision = default;
        if (!EnumNames<FeedbackDecision>.TryParse(read.Decision, out decision))
        {
            errors["decision"] = ["The decision is accept or decline."];
        }

        return errors.Count > 0 ? throw new ValidationFailedException(errors) : new ProposalDecision(read.Member!, decision, read.Reason);
    }

    /// <summary>The optional <c>reason</c> of an empty or <c>{"reason"}</c> body.</summary>
    public static string? Reason(JsonObject? body) => body is null ? null : StrictBodies.Read<ReasonBody>(body, "a reason").Reason;

    private sealed record DecisionBody(ActorRef? Member, string? Decision, string? Reason);

    private sealed record ReasonBody(string? Reason);
}
