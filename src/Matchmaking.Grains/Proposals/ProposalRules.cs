using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Grains.Profiles;

namespace Matchmaking.Grains.Proposals;

/// <summary>What a member's decision and a coach's reason must be: a validly named member, accept or decline, a reason of at most 1,000 characters.</summary>
internal static class ProposalRules
{
    /// <summary>The tidied reason; throws ValidationFailedException naming the fields.</summary>
    public static string? CheckDecision(ProposalDecision decision)
    {
        var errors = new FieldErrors();
        if (decision.Member is null)
        {
            errors.Add("member", "The member deciding is required, as {\"kind\", \"id\"}.");
        }
        else
        {
            if (ActorIds.Problem(decision.Member.Id) is { } problem)
            {
                errors.Add("member.id", problem);
            }

            errors.Kind("member", decision.Member);
        }

        errors.Defined("decision", decision.Decision);

        var reason = Text.Tidy(decision.Reason);
        errors.MaxLength("reason", reason, Feedback.MaxReasonLength);
        errors.MultiLine("reason", reason);
        errors.ThrowIfAny();
        return reason;
    }

    /// <summary>The tidied reason; throws ValidationFailedException when it is too long.</summary>
    public static string? CheckReason(string? reason)
    {
        var errors = new FieldErrors();
        var tidy = Text.Tidy(reason);
        errors.MaxLength("reason", tidy, Feedback.MaxReasonLength);
        errors.MultiLine("reason", tidy);
        errors.ThrowIfAny();
        return tidy;
    }
}
