using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Relations;

namespace Matchmaking.Silo.Http;

/// <summary>Reads a feedback body: <c>{"target":{"kind","id"},"decision":"accept"|"decline","reason":"…"}</c>, strictly.</summary>
public static class FeedbackBodies
{
    private static readonly string[] Fields = ["target", "decision", "reason"];

    /// <summary>The feedback, or the field errors that prevent it.</summary>
    public static (Feedback? Feedback, Dictionary<string, string[]> Errors) Read(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, _) in body)
        {
            if (!Fields.Contains(name, StringComparer.Ordinal))
            {
                errors[name] = [$"Unknown field. Feedback has: {string.Join(", ", Fields)}."];
            }
        }

        var target = Target(body["target"], errors);
        FeedbackDecision decision = default;
        if (!EnumNames<FeedbackDecision>.TryParse(Text(body["decision"]), out decision))
        {
            errors["decision"] = ["The decision is accept or decline."];
        }

        string? reason = null;
        if (body["reason"] is { } reasonNode && (reason = Text(reasonNode)) is null)
        {
            errors["reason"] = ["A string is expected."];
        }

        return errors.Count > 0 ? (null, errors) : (new Feedback(target!, decision, reason), errors);
    }

    private static ActorRef? Target(JsonNode? node, Dictionary<string, string[]> errors)
    {
        if (node is not JsonObject target)
        {
            errors["target"] = ["A target is required: the suggested actor, as {\"kind\": \"startup\", \"id\": \"visione\"}."];
            return null;
        }

        if (!ActorKinds.TryParse(Text(target["kind"]), out var kind))
        {
            errors["target.kind"] = [$"The kind is one of: {string.Join(", ", ActorKinds.All.Select(k => k.Name()))}."];
        }

        var id = Text(target["id"]);
        if (ActorIds.Problem(id) is { } problem)
        {
            errors["target.id"] = [problem];
        }

        return new ActorRef(kind, id ?? "");
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
