namespace Matchmaking.Bench.Evaluation;

/// <summary>CORDIS activity types (PRC, HES, REC, PUB, OTH) and the kind each one means.</summary>
public static class ActivityType
{
    private static readonly string[] Known = ["PRC", "HES", "REC", "PUB", "OTH"];

    /// <summary>
    /// Normalises a raw activity type: trimmed, upper-case; a list such as "PRC;PRC" or "PRC; HES" gives its first
    /// known code (repeats are an export glitch, and the first code is the declared one). Blank or unknown gives "".
    /// </summary>
    public static string Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return string.Empty;
        }

        foreach (var part in raw.Split([';', ',', '|', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var code = part.ToUpperInvariant();
            if (Array.IndexOf(Known, code) >= 0)
            {
                return code;
            }
        }

        return string.Empty;
    }

    /// <summary>The kind for a normalised code: PRC company, HES/REC research, PUB public, anything else other.</summary>
    public static OrganisationKind KindOf(string code) => code switch
    {
        "PRC" => OrganisationKind.Company,
        "HES" or "REC" => OrganisationKind.Research,
        "PUB" => OrganisationKind.Public,
        _ => OrganisationKind.Other,
    };

    /// <summary>The lower-case label used in reports: company, research, public, other.</summary>
    public static string Label(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Company => "company",
        OrganisationKind.Research => "research",
        OrganisationKind.Public => "public",
        _ => "other",
    };
}
