using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Text;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Calls;

/// <summary>
/// Matches a team to the open calls that could fund it. Eligibility is a hard filter: some member may apply
/// (a company with fewer than 250 employees, or of unknown size, as an SME; a startup as a startup or an SME; a
/// researcher for its university; other actors as public bodies) and is in the call's region. Themes are the fit:
/// the share of the call's themes the team covers (a sub-theme counts fully, a parent theme half); a call with no
/// themes fits anyone a little. Expired and not yet open calls are never matched.
/// </summary>
public sealed class CallMatcher(CallBoard board, ThemeTaxonomy taxonomy)
{
    /// <summary>The most calls listed for one proposal.</summary>
    public const int MaxCalls = 3;

    private const double NoThemeFit = 0.25;

    /// <summary>The open calls the team is eligible for, best fit first (at most <see cref="MaxCalls"/>).</summary>
    public IReadOnlyList<CallMatch> Match(IReadOnlyList<MatchProfile> members, IReadOnlyList<string> themes, DateOnly today, string lang = "it")
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(themes);
        var teamThemes = TeamThemes(members, themes);
        var matches = new List<CallMatch>();
        foreach (var stored in board.Open(today))
        {
            if (ApplicantOf(stored.Call, members) is not { } applicant)
            {
                continue;
            }

            var (fit, shared) = Fit(stored.Call, teamThemes);
            if (fit <= 0)
            {
                continue;
            }

            matches.Add(new CallMatch(stored.Id, stored.Call.Title, stored.Call.Publisher, stored.Call.Deadline, stored.Call.Budget,
                Math.Round(fit, 4), Evidence(applicant, shared, stored.Call, lang), Evidence(applicant, shared, stored.Call, "it"), Evidence(applicant, shared, stored.Call, "en")));
        }

        return [.. matches
            .OrderByDescending(m => m.Fit)
            .ThenBy(m => m.Deadline ?? DateOnly.MaxValue)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .Take(MaxCalls)];
    }

    /// <summary>Whether the team may apply to the call: the first member that may, with the capacity it applies in; null when none.</summary>
    public static (MatchProfile Member, Applicant As)? ApplicantOf(FundingCall call, IReadOnlyList<MatchProfile> members)
    {
        ArgumentNullException.ThrowIfNull(call);
        foreach (var member in members)
        {
            if (!InRegion(call.Region, member.Place))
            {
                continue;
            }

            foreach (var capacity in Capacities(member))
            {
                if (call.Eligible.Contains(capacity))
                {
                    return (member, capacity);
                }
            }
        }

        return null;
    }

    /// <summary>The capacities an actor may apply in.</summary>
    public static IReadOnlyList<Applicant> Capacities(MatchProfile member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Type switch
        {
            ActorType.Company => member.Employees is null or < 250 ? [Applicant.Sme] : [],
            ActorType.Startup => [Applicant.Startup, Applicant.Sme],
            ActorType.Researcher => [Applicant.University],
            _ => [Applicant.PublicBody],
        };
    }

    /// <summary>A call for a region (name or code) takes members whose region, province or country is it; no region takes anyone.</summary>
    public static bool InRegion(string? region, Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (region is null)
        {
            return true;
        }

        var wanted = TextFolding.Fold(region);
        return new[] { place.Region, place.Province, place.Country, place.Municipality }
            .Any(p => p is not null && TextFolding.Fold(p) == wanted);
    }

    private HashSet<string> TeamThemes(IReadOnlyList<MatchProfile> members, IReadOnlyList<string> themes)
    {
        var set = new HashSet<string>(themes, StringComparer.Ordinal);
        foreach (var member in members)
        {
            set.UnionWith(member.Themes);
        }

        return set;
    }

    private (double Fit, List<string> Shared) Fit(FundingCall call, HashSet<string> team)
    {
        if (call.Themes.Count == 0)
        {
            return (NoThemeFit, []);
        }

        var total = 0.0;
        var shared = new List<string>();
        foreach (var theme in call.Themes)
        {
            // The team works on the theme or a sub-theme of it: covered; only on a broader theme: half.
            if (team.Contains(theme) || taxonomy.Descendants(theme).Any(team.Contains))
            {
                total += 1;
                shared.Add(theme);
            }
            else if (taxonomy.Ancestors(theme).Any(team.Contains))
            {
                total += 0.5;
                shared.Add(theme);
            }
        }

        return (total / call.Themes.Count, shared);
    }

    private string Evidence((MatchProfile Member, Applicant As) applicant, List<string> shared, FundingCall call, string lang)
    {
        var english = lang == "en";
        var labels = shared.Select(t => taxonomy.TryGet(t, out var d) ? (english ? d.LabelEn : d.LabelIt) : t).ToList();
        var deadline = call.Deadline is { } date ? LocalFormat.Date(date, lang) : "?";
        var who = $"{applicant.Member.Name} ({CapacityName(applicant.As, english)})";
        var themes = labels.Count == 0
            ? (english ? "the call is open to every theme" : "il bando è aperto a ogni tema")
            : (english ? "themes: " : "temi: ") + string.Join(", ", labels);
        return english
            ? $"{who} may apply; {themes}; deadline {deadline}"
            : $"Può candidarsi {who}; {themes}; scadenza {deadline}";
    }

    private static string CapacityName(Applicant applicant, bool english) => applicant switch
    {
        Applicant.Sme => english ? "SME" : "PMI",
        Applicant.Startup => "startup",
        Applicant.University => english ? "university" : "università",
        _ => english ? "public body" : "ente pubblico",
    };
}
