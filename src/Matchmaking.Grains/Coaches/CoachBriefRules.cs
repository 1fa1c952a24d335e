using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Matching.Index;
using Matchmaking.Matching.Teams;
using Matchmaking.Matching.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Coaches;

/// <summary>
/// Turns a coach's <see cref="ProjectBrief"/> into the engine's <see cref="TeamBrief"/>: role names, actor refs,
/// language, limits, known themes and actors are checked here; what the engine rules on (contradictory roles, a
/// team too small for its roles, …) comes from <see cref="TeamBriefRules.Problems"/>. Every problem is reported at
/// once, by field.
/// </summary>
public sealed class CoachBriefRules(MatchIndex index, ThemeTaxonomy taxonomy)
{
    public static readonly IReadOnlyList<string> Languages = ["it", "en"];

    /// <summary>The engine's brief and the language of the drafts; throws <see cref="ValidationFailedException"/>.</summary>
    public (TeamBrief Brief, string Lang) Check(ProjectBrief brief, DateTimeOffset now, Func<string, Matching.Profiles.MatchProfile?> profiles)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var errors = new FieldErrors();
        var themes = Text.TidyList(brief.Themes, lowerCase: true);
        for (var i = 0; i < themes.Count; i++)
        {
            if (!taxonomy.Contains(themes[i]))
            {
                errors.Add($"themes[{i}]", $"Unknown theme '{themes[i]}'. GET /api/themes lists the theme ids.");
            }
        }

        var need = Text.Tidy(brief.Need);
        if (need is { Length: > ProjectBrief.MaxNeedLength })
        {
            errors.Add("need", $"The need is too long: at most {ProjectBrief.MaxNeedLength} characters ({need.Length} given).");
        }

        errors.MultiLine("need", need);
        var anchor = Key(brief.Anchor, "anchor", errors);
        if (themes.Count == 0 && need is null && brief.Anchor is null)
        {
            errors.Add("themes", "Say what the project is about: one or more themes, a need in a few words, or an anchor actor (at least one of the three).");
        }

        errors.Range("top", brief.Top, 1, ProjectBrief.MaxTop);
        var required = Roles(brief.Required, "required", errors);
        var optional = Roles(brief.Optional, "optional", errors);
        var excluded = Roles(brief.ExcludedRoles, "excludedRoles", errors) ?? [];
        foreach (var role in (required ?? []).Concat(optional ?? []).Intersect(excluded))
        {
            errors.Add("excludedRoles", $"The role '{role.Name()}' is both wanted ({((required ?? []).Contains(role) ? "required" : "optional")}) and excluded.");
        }

        var requiredCount = (required ?? new TeamBrief().Required).Count;
        if (brief.MaxTeamSize is { } size && size < Math.Max(1, requiredCount))
        {
            errors.Add("maxTeamSize", $"A team of at most {size} cannot fill the {requiredCount} required roles ({string.Join(", ", (required ?? new TeamBrief().Required).Select(r => r.Name()))}).");
        }

        var include = Keys(brief.Include, "include", errors);
        var exclude = Keys(brief.Exclude, "exclude", errors);
        foreach (var both in include.Intersect(exclude).Concat(anchor is not null && exclude.Contains(anchor) ? [anchor] : []).Distinct())
        {
            errors.Add("exclude", $"'{both}' is both wanted (anchor or include) and excluded.");
        }

        var lang = Text.Tidy(brief.Lang)?.ToLowerInvariant();
        if (lang is not null)
        {
            errors.OneOf("lang", lang, Languages);
        }

        var teamBrief = new TeamBrief
        {
            Themes = themes,
            Need = need,
            AnchorKey = anchor,
            Region = Text.Tidy(brief.Region),
            Required = required ?? new TeamBrief().Required,
            Optional = optional ?? new TeamBrief().Optional,
            ExcludedRoles = excluded,
            Include = include,
            Exclude = exclude,
            MaxTeamSize = brief.MaxTeamSize ?? new TeamBrief().MaxTeamSize,
            Top = brief.Top,
            Now = now,
            Profiles = profiles,
            Italian = lang is null ? null : lang == "it",
        };

        errors.ThrowIfAny();

        // The engine's own rules (contradictory roles, a team too small for them, …) once the shape is right.
        var engine = new FieldErrors();
        foreach (var (field, messages) in TeamBriefRules.Problems(teamBrief, index))
        {
            foreach (var message in messages)
            {
                engine.Add(field, message);
            }
        }

        engine.ThrowIfAny();
        return (teamBrief, lang ?? DefaultLang(need));
    }

    private static string DefaultLang(string? need) =>
        need is not null && LanguageDetector.Detect(need) == Language.English ? "en" : "it";

    private string? Key(ActorRef? actor, string field, FieldErrors errors)
    {
        if (actor is null)
        {
            return null;
        }

        if (ActorIds.Problem(actor.Id) is { } problem)
        {
            errors.Add($"{field}.id", problem);
            return null;
        }

        if (!errors.Kind(field, actor))
        {
            return null;
        }

        var key = MatchKeys.Of(actor);
        if (!index.Contains(key))
        {
            errors.Add(field, $"There is no {actor.Kind.Name()} '{actor.Id}'.");
        }

        return key;
    }

    private HashSet<string> Keys(IReadOnlyList<ActorRef>? actors, string field, FieldErrors errors)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var list = actors ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (Key(list[i], $"{field}[{i}]", errors) is { } key)
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static List<TeamRole>? Roles(IReadOnlyList<string>? names, string field, FieldErrors errors)
    {
        if (names is null)
        {
            return null;
        }

        var roles = new List<TeamRole>();
        foreach (var name in names)
        {
            if (TeamRoles.TryParse(name?.Trim(), out var role))
            {
                if (!roles.Contains(role))
                {
                    roles.Add(role);
                }
            }
            else
            {
                errors.Add(field, $"Unknown role '{name}'. Roles are: {string.Join(", ", TeamRoles.All.Select(r => r.Name()))}.");
            }
        }

        return roles;
    }
}
