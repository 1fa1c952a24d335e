using Matchmaking.Matching.Index;

namespace Matchmaking.Matching.Teams;

/// <summary>
/// A deterministic draft title and objective in Italian and English, assembled only from what is known: the themes'
/// labels, the brief's need (quoted), and each member's name, role and best-fitting offer (quoted from its profile)
/// or offered themes. Nothing is invented: a member with no profile at hand is named with its role only.
/// </summary>
internal static class ProjectDrafter
{
    public static ProjectDraft Draft(TeamWording wording, TeamBrief brief, IReadOnlyList<TeamMember> members, IReadOnlyList<IndexedActor> actors, IReadOnlyList<string> themes)
    {
        var names = members.Select(m => m.Name).ToList();
        var titleIt = $"{Topic(wording, themes, italian: true, fallback: "Progetto di innovazione")}: {Join(names, "e")}";
        var titleEn = $"{Topic(wording, themes, italian: false, fallback: "Innovation project")}: {Join(names, "and")}";
        var need = FirstPhrase(brief.Need);
        var aboutIt = themes.Count > 0 ? $"Un progetto comune di {Join(themes.Take(3).Select(t => wording.InlineLabel(t, true)).ToList(), "e")}" : "Un progetto comune di innovazione";
        var aboutEn = themes.Count > 0 ? $"A joint {Join(themes.Take(3).Select(t => wording.InlineLabel(t, false)).ToList(), "and")} project" : "A joint innovation project";
        var objectiveIt = aboutIt + (need is null ? "." : $" per rispondere a «{need}».");
        var objectiveEn = aboutEn + (need is null ? "." : $" to answer \"{need}\".");
        var linesIt = new List<string>();
        var linesEn = new List<string>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var offer = wording.BestOffer(actors[i]);
            var offered = actors[i].OfferedNamed.Take(2).ToList();
            var roleIt = RoleName(member.Role, italian: true);
            var roleEn = RoleName(member.Role, italian: false);
            if (offer is not null)
            {
                linesIt.Add($"{member.Name} ({roleIt}) porta «{TeamWording.Shorten(offer, 120)}»");
                linesEn.Add($"{member.Name} ({roleEn}) brings \"{TeamWording.Shorten(offer, 120)}\"");
            }
            else if (offered.Count > 0)
            {
                linesIt.Add($"{member.Name} ({roleIt}) lavora su {Join(offered.Select(t => wording.InlineLabel(t, true)).ToList(), "e")}");
                linesEn.Add($"{member.Name} ({roleEn}) works on {Join(offered.Select(t => wording.InlineLabel(t, false)).ToList(), "and")}");
            }
            else
            {
                linesIt.Add($"{member.Name} ({roleIt})");
                linesEn.Add($"{member.Name} ({roleEn})");
            }
        }

        return new ProjectDraft(
            titleIt,
            titleEn,
            $"{objectiveIt} {string.Join("; ", linesIt)}.",
            $"{objectiveEn} {string.Join("; ", linesEn)}.");
    }

    public static string RoleName(TeamRole role, bool italian) => role switch
    {
        TeamRole.Company => italian ? "azienda" : "company",
        TeamRole.Research => italian ? "partner di ricerca" : "research partner",
        TeamRole.Startup => "startup",
        _ => italian ? "fornitore di tecnologia" : "technology supplier",
    };

    private static string Topic(TeamWording wording, IReadOnlyList<string> themes, bool italian, string fallback) =>
        themes.Count == 0 ? fallback : Join(themes.Take(2).Select(t => wording.Label(t, italian)).ToList(), italian ? "e" : "and");

    /// <summary>"A", "A and B", "A, B and C".</summary>
    private static string Join(IReadOnlyList<string> items, string and) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {and} {items[^1]}",
    };

    private static string? FirstPhrase(string? need)
    {
        if (string.IsNullOrWhiteSpace(need))
        {
            return null;
        }

        var first = need.Split(['.', ';', '!', '?', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(p => p.Length > 0);
        return first is null ? null : TeamWording.Shorten(first, 160);
    }
}
