using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;

namespace Matchmaking.Matching.Teams;

/// <summary>Checks a <see cref="TeamBrief"/> against the index: what is missing, unknown or contradictory, per field.</summary>
public static class TeamBriefRules
{
    /// <summary>The longest free-text need, in characters.</summary>
    public const int MaxNeedLength = 20_000;

    /// <summary>The most proposals one brief may ask for.</summary>
    public const int MaxTop = 20;

    /// <summary>Field name (themes, need, anchor, required, maxTeamSize, top, ...) → problems; empty when the brief is fine.</summary>
    public static IReadOnlyDictionary<string, string[]> Problems(TeamBrief brief, MatchIndex index)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(index);
        var problems = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!problems.TryGetValue(field, out var list))
            {
                problems[field] = list = [];
            }

            list.Add(message);
        }

        var hasNeed = !string.IsNullOrWhiteSpace(brief.Need);
        var hasAnchor = !string.IsNullOrWhiteSpace(brief.AnchorKey);
        if (brief.Themes.Count == 0 && !hasNeed && !hasAnchor)
        {
            const string message = "Give at least one of themes, need or anchor.";
            Add("themes", message);
            Add("need", message);
            Add("anchor", message);
        }

        foreach (var theme in brief.Themes.Distinct(StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(theme) || !index.Taxonomy.Contains(theme))
            {
                Add("themes", $"Unknown theme \"{Shorten(theme)}\".");
            }
        }

        if (brief.Need is { Length: > MaxNeedLength } need)
        {
            Add("need", $"The need is {need.Length:N0} characters; at most {MaxNeedLength:N0}.");
        }

        ActorType? anchorType = null;
        if (hasAnchor)
        {
            anchorType = TypeOf(index, brief.AnchorKey!);
            if (anchorType is null)
            {
                Add("anchor", $"The actor \"{Shorten(brief.AnchorKey!)}\" is not indexed.");
            }
            else if (brief.Exclude.Contains(brief.AnchorKey!))
            {
                Add("anchor", $"The anchor \"{brief.AnchorKey}\" is also excluded.");
            }
        }

        foreach (var role in brief.Required.Intersect(brief.ExcludedRoles).Distinct())
        {
            Add("required", $"The role \"{role.Name()}\" is both required and excluded.");
            Add("excludedRoles", $"The role \"{role.Name()}\" is both required and excluded.");
        }

        foreach (var key in brief.Include.Where(brief.Exclude.Contains).Order(StringComparer.Ordinal))
        {
            Add("include", $"\"{Shorten(key)}\" is both included and excluded.");
            Add("exclude", $"\"{Shorten(key)}\" is both included and excluded.");
        }

        var fixedTypes = new List<ActorType>();
        if (anchorType is { } type)
        {
            fixedTypes.Add(type);
        }

        foreach (var key in brief.Include.Where(k => k != brief.AnchorKey).Order(StringComparer.Ordinal))
        {
            if (index.Read(() => index.TryGetDocument(key, out var d) ? index.Actor(d).Suggestible : (bool?)null) is not { } suggestible)
            {
                Add("include", $"The actor \"{Shorten(key)}\" is not indexed.");
            }
            else if (!suggestible)
            {
                Add("include", $"The actor \"{Shorten(key)}\" does not want to be proposed.");
            }
            else
            {
                fixedTypes.Add(TypeOf(index, key)!.Value);
            }
        }

        foreach (var (a, b) in brief.DeclinedPairs)
        {
            var fixedKeys = brief.Include.Append(brief.AnchorKey);
            if (fixedKeys.Contains(a) && fixedKeys.Contains(b) && a != b)
            {
                Add("include", $"\"{Shorten(a)}\" and \"{Shorten(b)}\" declined each other and cannot be in the same team.");
            }
        }

        if (anchorType is { } anchor && TeamPlan.RoleOf(anchor, brief) is { } anchorRole && brief.ExcludedRoles.Contains(anchorRole))
        {
            Add("anchor", $"The anchor fills the role \"{anchorRole.Name()}\", which is excluded.");
        }

        var needed = TeamPlan.SizeNeeded(brief, fixedTypes);
        if (brief.MaxTeamSize < needed)
        {
            Add("maxTeamSize", $"A team needs at least {needed} members for the required roles and the anchor and included actors; the largest allowed is {brief.MaxTeamSize}.");
        }

        if (brief.Top is < 1 or > MaxTop)
        {
            Add("top", $"Ask for 1 to {MaxTop} proposals, not {brief.Top}.");
        }

        if (brief.MaxProposalsPerActor < 1)
        {
            Add("maxProposalsPerActor", $"An actor must be allowed in at least 1 proposal, not {brief.MaxProposalsPerActor}.");
        }

        return problems.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private static ActorType? TypeOf(MatchIndex index, string key) =>
        index.Read(() => index.TryGetDocument(key, out var document) ? index.Actor(document).Type : (ActorType?)null);

    private static string Shorten(string? text) => text is null ? "" : text.Length > 80 ? text[..80] + "…" : text;
}
