namespace Matchmaking.Grains;

/// <summary>
/// Names of the grain storage and of the states the grains keep in it. Orleans' ADO.NET provider keys a row by
/// state name and grain key only (not by grain type), so every state name carries its grain type:
/// <c>{grain type}/{state}</c>, e.g. <c>company/profile</c>.
/// </summary>
public static class StorageNames
{
    /// <summary>The storage provider that keeps every grain's state.</summary>
    public const string Profiles = "profiles";

    public const string CompanyProfile = "company/profile";

    public const string StartupProfile = "startup/profile";

    public const string ResearcherProfile = "researcher/profile";

    /// <summary>Feedback and collaborations, kept apart so profile writes never touch them.</summary>
    public const string CompanyRelations = "company/relations";

    public const string StartupRelations = "startup/relations";

    public const string ResearcherRelations = "researcher/relations";

    public const string CallState = "call/call";

    public const string ProposalState = "proposal/proposal";

    /// <summary>An event or course with its registrations (both kinds are one grain type).</summary>
    public const string EventState = "event/event";

    /// <summary>A co-working space with its accreditation.</summary>
    public const string SpaceState = "space/space";

    /// <summary>A voucher programme with its vouchers and ledger.</summary>
    public const string VoucherProgrammeState = "voucher-programme/programme";

    /// <summary>The freshness sweep: when each stale profile's member was reminded.</summary>
    public const string FreshnessSweepState = "freshness/sweep";

    /// <summary>A member's digest: when the previous one was issued and whom it suggested.</summary>
    public const string DigestState = "digest/digest";

    public const string PortfolioState = "coach/portfolio";

    public const string AccessState = "access/access";

    /// <summary>The state name of a grain type's state as the release before Orleans stored it (grain type and state name apart).</summary>
    public static string Of(string grainType, string stateName) => $"{grainType}/{stateName}";
}
