namespace Matchmaking.Abstractions.Profiles;

/// <summary>The closed vocabularies of profile fields, and the limits every profile keeps.</summary>
public static class ProfileVocabulary
{
    public static readonly IReadOnlyList<string> StartupStages = ["idea", "mvp", "revenue", "scale-up"];

    public static readonly IReadOnlyList<string> StartupSeeks = ["pilot-customers", "co-development", "investors", "scientific-partners", "suppliers"];

    public static readonly IReadOnlyList<string> ResearcherPositions = ["professor", "associate-professor", "researcher", "research-fellow", "phd-student", "technician"];

    public static readonly IReadOnlyList<string> Availabilities = ["available", "limited", "unavailable"];

    public static readonly IReadOnlyList<string> HubRoles = ["resident-partner", "sponsor", "supporter", "consortium-member", "founding-member", "member"];

    public const int MaxIdLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 8_000;
    public const int MaxPhraseLength = 300;
    public const int MaxListItems = 50;
    public const int MaxShortFieldLength = 200;
}
