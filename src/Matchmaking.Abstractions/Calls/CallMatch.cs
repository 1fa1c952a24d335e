using Orleans;

namespace Matchmaking.Abstractions.Calls;

/// <summary>
/// An open call a proposal could answer: the team is eligible (a member may apply, in the call's region) and
/// <see cref="Fit"/> (0..1) says how well the team's themes meet the call's; <see cref="Evidence"/> says why, in the
/// proposal's language, and <see cref="EvidenceIt"/>, <see cref="EvidenceEn"/> in each (null on matches stored before
/// they were written; <see cref="In"/> then keeps <see cref="Evidence"/>).
/// </summary>
[GenerateSerializer, Alias("mm.CallMatch"), Immutable]
public sealed record CallMatch(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Publisher,
    [property: Id(3)] DateOnly? Deadline,
    [property: Id(4)] decimal? Budget,
    [property: Id(5)] double Fit,
    [property: Id(6)] string Evidence,
    [property: Id(7)] string? EvidenceIt = null,
    [property: Id(8)] string? EvidenceEn = null)
{
    /// <summary>The match with <see cref="Evidence"/> in <paramref name="lang"/> (<c>it</c> or <c>en</c>) when it is known.</summary>
    public CallMatch In(string lang) => (lang == "en" ? EvidenceEn : EvidenceIt) is { } evidence ? this with { Evidence = evidence } : this;
}
