using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Proposals;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Tests.Proposals;

/// <summary>A member's proposals, newest first; for a tier that puts them first, those waiting for its answer come before the others.</summary>
public sealed class ProposalBoardTests
{
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ActorRef Partner = new(ActorKind.Company, "partner-residente");
    private static readonly ActorRef Plain = new(ActorKind.Company, "socio-semplice");

    [Fact]
    public void A_resident_partner_sees_the_proposals_waiting_for_its_answer_first_and_a_plain_member_newest_first()
    {
        var directory = new ActorDirectory(ThemeTaxonomy.Default);
        directory.Upsert(Partner.Kind, Partner.Id, new CompanyProfile { Name = "Partner", Memberships = [new HubMembership("csmt", "resident-partner")] });
        directory.Upsert(Plain.Kind, Plain.Id, new CompanyProfile { Name = "Socio", Memberships = [new HubMembership("csmt", "member")] });
        var board = new ProposalBoard(directory, TierEffects.Default);
        board.Upsert(Proposal("p-old-waiting", Monday, ProposalStatus.Proposed, decided: false));
        board.Upsert(Proposal("p-new-accepted", Monday.AddDays(2), ProposalStatus.Accepted, decided: true));
        board.Upsert(Proposal("p-newest-decided", Monday.AddDays(3), ProposalStatus.Proposed, decided: true));
        board.Upsert(Proposal("p-draft", Monday.AddDays(4), ProposalStatus.Draft, decided: false));

        Assert.Equal(["p-old-waiting", "p-newest-decided", "p-new-accepted"], board.ForMember(Partner).Select(p => p.Id));
        Assert.Equal(["p-newest-decided", "p-new-accepted", "p-old-waiting"], board.ForMember(Plain).Select(p => p.Id));
        var off = new ProposalBoard(directory, TierEffects.Default with { ProposalsFirst = new HashSet<string>() });
        off.Upsert(Proposal("p-old-waiting", Monday, ProposalStatus.Proposed, decided: false));
        off.Upsert(Proposal("p-new-accepted", Monday.AddDays(2), ProposalStatus.Accepted, decided: true));
        Assert.Equal(["p-new-accepted", "p-old-waiting"], off.ForMember(Partner).Select(p => p.Id));
    }

    // A proposal naming both members; the partner has decided when decided is true, the plain member never.
    private static Proposal Proposal(string id, DateTimeOffset createdAt, ProposalStatus status, bool decided) => new()
    {
        Id = id,
        Coach = "coach-csmt",
        Status = status,
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
        Members =
        [
            new ProposalMember(Partner.Kind, Partner.Id, "Partner", "company", decided ? Abstractions.Relations.FeedbackDecision.Accept : null),
            new ProposalMember(Plain.Kind, Plain.Id, "Socio", "company"),
        ],
    };
}
