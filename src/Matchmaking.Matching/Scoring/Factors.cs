using Matchmaking.Matching.Profiles;

namespace Matchmaking.Matching.Scoring;

/// <summary>The factors that need no text: each a pure function into [0, 1].</summary>
internal static class Factors
{
    /// <summary>Same municipality 1, province 0.75, region 0.5, country 0.25, else 0.</summary>
    public static double Proximity(Place a, Place b)
    {
        if (Same(a.Municipality, b.Municipality) && Same(a.Province, b.Province))
        {
            return 1;
        }

        if (Same(a.Province, b.Province))
        {
            return 0.75;
        }

        if (Same(a.Region, b.Region))
        {
            return 0.5;
        }

        return Same(a.Country, b.Country) ? 0.25 : 0;
    }

    /// <summary>
    /// How natural the pairing is for the asker: startup→company (adopter, co-developer), company→researcher
    /// (R&amp;D), startup→researcher (technology transfer), researcher→company (where expertise is needed).
    /// </summary>
    public static double KindFit(ActorType asker, ActorType candidate) => (asker, candidate) switch
    {
        (ActorType.Startup, ActorType.Company) => 1,
        (ActorType.Startup, ActorType.Researcher) => 0.9,
        (ActorType.Startup, ActorType.Startup) => 0.7,
        (ActorType.Company, ActorType.Researcher) => 1,
        (ActorType.Company, ActorType.Startup) => 0.9,
        (ActorType.Company, ActorType.Company) => 0.5,
        (ActorType.Researcher, ActorType.Company) => 1,
        (ActorType.Researcher, ActorType.Startup) => 0.8,
        (ActorType.Researcher, ActorType.Researcher) => 0.6,
        _ => 0.4,
    };

    /// <summary>An early startup with an SME, a grown one with anyone; neutral (0.5) when the pair is not startup/company.</summary>
    public static double StageFit(ActorType aType, string? aStage, int? aEmployees, ActorType bType, string? bStage, int? bEmployees)
    {
        var (stage, employees) = (aType, bType) switch
        {
            (ActorType.Startup, ActorType.Company) => (aStage, bEmployees),
            (ActorType.Company, ActorType.Startup) => (bStage, aEmployees),
            _ => (null, null),
        };
        if (stage is null || employees is null)
        {
            return 0.5;
        }

        var early = stage is "idea" or "mvp";
        return !early || employees < 250 ? 1 : 0.4;
    }

    /// <summary>1 when updated within 6 months, falling to 0 at 3 years; 0.5 when unknown.</summary>
    public static double Freshness(DateTimeOffset updatedAt, DateTimeOffset now)
    {
        if (updatedAt == default || now == DateTimeOffset.UnixEpoch)
        {
            return 0.5;
        }

        var days = (now - updatedAt).TotalDays;
        return days <= 182 ? 1 : Math.Clamp(1 - ((days - 182) / (3 * 365 - 182)), 0, 1);
    }

    /// <summary>
    /// The fewest past projects a full track record is measured against: in an ecosystem with little history the
    /// best record there is may be a single collaboration, which is not a full record.
    /// </summary>
    public const int TrackRecordScale = 10;

    /// <summary>
    /// log(past) / log(max(max past, <see cref="TrackRecordScale"/>)): a track record, saturating. It starts at the
    /// second past project: one collaboration (an accepted suggestion) is where every record starts, not one.
    /// </summary>
    public static double TrackRecord(int pastProjects, int maxPastProjects) =>
        pastProjects <= 1 ? 0 : Math.Min(1, Math.Log(pastProjects) / Math.Log(Math.Max(maxPastProjects, TrackRecordScale)));

    private static bool Same(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && string.Equals(a.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
