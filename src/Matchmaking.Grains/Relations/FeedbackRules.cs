using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Grains.Profiles;

namespace Matchmaking.Grains.Relations;

/// <summary>What feedback must be: on a validly named other actor, with a reason of at most 1,000 characters.</summary>
internal static class FeedbackRules
{
    /// <summary>The target and the tidied reason; throws ValidationFailedException naming the fields.</summary>
    public static (ActorRef Target, string? Reason) Check(Feedback feedback, ActorRef self)
    {
        var errors = new FieldErrors();
        if (feedback.Target is null)
        {
            errors.Add("target", "A target is required: the suggested actor, as {\"kind\", \"id\"}.");
        }
        else if (ActorIds.Problem(feedback.Target.Id) is { } problem)
        {
            errors.Add("target.id", problem);
        }
        else if (errors.Kind("target", feedback.Target) && feedback.Target == self)
        {
            errors.Add("target", "An actor cannot give feedback on itself.");
        }

        errors.Defined("decision", feedback.Decision);
        var reason = Text.Tidy(feedback.Reason);
        errors.MaxLength("reason", reason, Feedback.MaxReasonLength);
        errors.MultiLine("reason", reason);
        errors.ThrowIfAny();
        return (feedback.Target!, reason);
    }
}
