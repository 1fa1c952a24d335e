using System.ComponentModel;
using System.Text.Json.Nodes;

namespace Matchmaking.Silo.OpenApi;

/// <summary>
/// Shapes of bodies that the handlers read as JSON themselves and that have no domain record, for the OpenAPI
/// document only; the strict readers (e.g. <c>SuggestionQueries.ReadBrief</c>) stay the one source of the rules.
/// </summary>
[Description("A free-text need or idea and the filters of its suggestions.")]
public sealed record BriefBody(
    [property: Description("The need or idea, in Italian or English.")] string Brief,
    [property: Description("Kinds of partner: company, startup, researcher (a list or one; default all).")] IReadOnlyList<string>? Target = null,
    [property: Description("How many, 1 to 100 (default 10).")] int? Top = null,
    [property: Description("A theme id the partners offer or seek.")] string? Theme = null,
    [property: Description("A two-letter province code.")] string? Province = null);

/// <summary>Profile documents as <c>GET /api/export</c> writes them, each with its kind and id.</summary>
[Description("Profile documents, each with kind (company, startup, researcher), id and the profile's fields.")]
public sealed record ImportBody(
    [property: Description("At most 1,000 profile documents a request.")] IReadOnlyList<JsonObject> Items);

/// <summary>The member a registration is for or a cancellation is of.</summary>
[Description("The member, as {\"kind\": \"startup\", \"id\": \"visione\"}.")]
public sealed record MemberBody(Matchmaking.Abstractions.Profiles.ActorRef Member);

/// <summary>An optional reason (dropping a proposal).</summary>
public sealed record ReasonBody([property: Description("At most 1,000 characters.")] string? Reason = null);

/// <summary>A new user.</summary>
public sealed record UserBody(
    string Id,
    string Name,
    [property: Description("admin, coach or member.")] string Role,
    [property: Description("A member's actor, as {\"kind\", \"id\"}; it must exist.")] Matchmaking.Abstractions.Profiles.ActorRef? Actor = null,
    [property: Description("For signing in to the pages (optional).")] string? Password = null,
    [property: Description("Where a member's weekly digest is sent (optional).")] string? Email = null,
    [property: Description("it or en: the language of the member's digests (default it).")] string? Language = null);

/// <summary>An optional label of a new API key.</summary>
public sealed record KeyBody(string? Label = null);

/// <summary>The answer of the lists that are not paged: <c>{"items":[…],"total":n}</c>.</summary>
public sealed record Listed<T>(IReadOnlyList<T> Items, int Total);

/// <summary>A space's accreditation given or withdrawn.</summary>
public sealed record AccreditationBody(
    [property: System.ComponentModel.Description("true accredits the space, false withdraws its accreditation.")] bool? Accredited = null,
    [property: System.ComponentModel.Description("Why, at most 1,000 characters (optional).")] string? Note = null);

/// <summary>Whom a voucher is issued to.</summary>
public sealed record IssueBody(
    [property: System.ComponentModel.Description("A person ({\"name\", \"birthDate\"}) or an actor ({\"actor\": {\"kind\", \"id\"}}).")] Matchmaking.Abstractions.Vouchers.VoucherHolder? Holder = null);

/// <summary>Where a voucher is spent.</summary>
public sealed record SpendBody(
    [property: System.ComponentModel.Description("The id of an accredited co-working space.")] string? Space = null);

/// <summary>A voucher as the API answers it.</summary>
public sealed record VoucherAnswer(
    string Id,
    string Programme,
    Matchmaking.Abstractions.Vouchers.VoucherHolder Holder,
    decimal Value,
    [property: System.ComponentModel.Description("issued, spent or revoked.")] string Status,
    DateTimeOffset IssuedAt,
    DateTimeOffset? SpentAt,
    string? Space);

/// <summary>A voucher issued, spent or revoked, with its programme after it.</summary>
public sealed record VoucherChange(VoucherAnswer Voucher, VoucherProgrammeDocument Programme);

/// <summary>A programme's ledger with its totals.</summary>
public sealed record LedgerAnswer(string Id, decimal Budget, decimal Committed, decimal Spent, decimal Available, IReadOnlyList<Matchmaking.Abstractions.Vouchers.LedgerEntry> Entries);

/// <summary>A co-working space suggested to a startup.</summary>
public sealed record SpaceSuggestionAnswer(string Id, string Name, string? Municipality, string? Province, int? FreeSeats, decimal? DayPrice, double Score, IReadOnlyList<string> Reasons);

/// <summary>The answer of suggestion lists that are not paged: <c>{"items":[…]}</c>.</summary>
public sealed record Suggested<T>(IReadOnlyList<T> Items);

/// <summary>A profile confirmed: fresh from <c>confirmedAt</c>, stale again from <c>staleFrom</c>.</summary>
public sealed record ConfirmAnswer(string Kind, string Id, DateTimeOffset ConfirmedAt, DateTimeOffset StaleFrom);

/// <summary>A profile to confirm, on the hub manager's list.</summary>
public sealed record StaleProfileAnswer(
    string Kind,
    string Id,
    string Name,
    DateTimeOffset UpdatedAt,
    [property: System.ComponentModel.Description("stale (suggested lower) or expired (not suggested).")] string Status,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RemindedAt);

/// <summary>The hub manager's list of profiles to confirm.</summary>
public sealed record StaleProfilesAnswer(IReadOnlyList<StaleProfileAnswer> Items, int Total, double StaleAfterDays, double GraceDays);
