namespace Matchmaking.Bench.Evaluation;

/// <summary>One organisation's participation in one project, as the CSV states it (activity type normalised).</summary>
/// <param name="ProjectId">The project id.</param>
/// <param name="OrganisationId">The organisation id (PIC, or name|country in the China set).</param>
/// <param name="Name">The organisation's name in this row.</param>
/// <param name="ActivityType">PRC, HES, REC, PUB, OTH, or empty when blank or unknown.</param>
/// <param name="Country">The country code.</param>
/// <param name="City">The city.</param>
/// <param name="Role">coordinator, participant, thirdParty, partner, or empty.</param>
public sealed record Participation(
    string ProjectId,
    string OrganisationId,
    string Name,
    string ActivityType,
    string Country,
    string City,
    string Role)
{
    /// <summary>The kind the activity type means.</summary>
    public OrganisationKind Kind => Evaluation.ActivityType.KindOf(ActivityType);
}
