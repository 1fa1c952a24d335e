using System.ComponentModel;
using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Spaces;
using Matchmaking.Abstractions.Vouchers;

namespace Matchmaking.Silo.OpenApi;

// The funding call, co-working space and voucher programme answers as CallDocuments, SpaceDocuments and
// VoucherDocuments write them, for the OpenAPI document only: the record's fields (a null one left out, as the API's
// JSON leaves it) with the envelope the document adds. The bodies of their PUTs stay the bare records.

/// <summary>A funding call as the API answers it: the call's fields with its envelope and its status today.</summary>
public sealed record FundingCallDocument(
    string Id,
    [property: Description("The stored version, also the ETag (for If-Match).")] string Version,
    DateTimeOffset UpdatedAt,
    [property: Description("Where the call stands today: upcoming, open or closed.")] CallStatus Status,
    string Title,
    string Publisher,
    string? Description,
    IReadOnlyList<string> Themes,
    IReadOnlyList<Applicant> Eligible,
    [property: Description("A region or province; left out for anywhere.")] string? Region,
    [property: Description("In euro.")] decimal? Budget,
    [property: Description("The first day applications are taken.")] DateOnly? Opening,
    [property: Description("The last day applications are taken.")] DateOnly? Deadline,
    string? Url);

/// <summary>A co-working space as the API answers it: the space's fields with its envelope and its accreditation.</summary>
public sealed record CoworkingSpaceDocument(
    string Id,
    [property: Description("The stored version, also the ETag (for If-Match).")] string Version,
    DateTimeOffset UpdatedAt,
    string? Name,
    string? Operator,
    string? Address,
    Location Location,
    int? Seats,
    int? FreeSeats,
    IReadOnlyList<string> Services,
    [property: Description("A desk for a day, in euro.")] decimal? DayPrice,
    BilingualText? Description,
    SpaceAccreditationAnswer Accreditation);

/// <summary>
/// A space's accreditation as its document writes it: each field is there, a null one as null (this object is not
/// left to the API's JSON, which would leave it out).
/// </summary>
public sealed record SpaceAccreditationAnswer(
    AccreditationStatus Status,
    DateTimeOffset? Since,
    [property: Description("The user who accredited or withdrew it: for coaches and admins, null for everyone else.")] string? By,
    string? Note);

/// <summary>A voucher programme as the API answers it: the programme's fields with its envelope and its totals.</summary>
public sealed record VoucherProgrammeDocument(
    string Id,
    [property: Description("The stored version, also the ETag (for If-Match).")] string Version,
    DateTimeOffset UpdatedAt,
    BilingualText Title,
    BilingualText? Description,
    string? Issuer,
    [property: Description("In euro.")] decimal? Budget,
    [property: Description("The value of one voucher in euro.")] decimal? VoucherValue,
    VoucherEligibility Eligibility,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    [property: Description("The value of the vouchers issued and not revoked (spent ones included).")] decimal Committed,
    [property: Description("The value of the vouchers spent.")] decimal Spent,
    [property: Description("What is left of the budget for new vouchers.")] decimal Available,
    [property: Description("How many vouchers are issued and not revoked.")] int Issued);
