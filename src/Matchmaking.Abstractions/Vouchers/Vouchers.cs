using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Vouchers;

/// <summary>Who a voucher is issued to: exactly one of a person (name and birth date) or a member actor.</summary>
[GenerateSerializer, Alias("mm.VoucherHolder"), Immutable]
public sealed record VoucherHolder
{
    public const int MaxNameLength = 200;

    /// <summary>The person's full name.</summary>
    [Id(0)] public string? Name { get; init; }

    /// <summary>The person's birth date (for the programme's age limit).</summary>
    [Id(1)] public DateOnly? BirthDate { get; init; }

    /// <summary>The startup, company or researcher holding it.</summary>
    [Id(2)] public ActorRef? Actor { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public HolderKind Kind => Actor?.Kind switch
    {
        ActorKind.Startup => HolderKind.Startup,
        ActorKind.Company => HolderKind.Company,
        ActorKind.Researcher => HolderKind.Researcher,
        _ => HolderKind.Person,
    };

    /// <summary>Whether two holders are the same person or actor (names compared without case or extra spaces).</summary>
    public bool SameAs(VoucherHolder other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Actor is not null
            ? Actor == other.Actor
            : other.Actor is null && BirthDate == other.BirthDate && string.Equals(Key(Name), Key(other.Name), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How the ledger names the holder: the person's name or the actor's key.</summary>
    public override string ToString() => Actor?.ToString() ?? Name ?? "";

    private static string Key(string? name) => string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>Where a voucher stands.</summary>
[GenerateSerializer, Alias("mm.VoucherStatus")]
public enum VoucherStatus
{
    /// <summary>Issued, not spent: its value is committed from the budget.</summary>
    Issued,

    /// <summary>Spent at an accredited space: final.</summary>
    Spent,

    /// <summary>Taken back before it was spent: its value is back in the budget.</summary>
    Revoked,
}

/// <summary>One voucher of a programme (id unique within the programme, e.g. <c>v17</c>).</summary>
[GenerateSerializer, Alias("mm.Voucher"), Immutable]
public sealed record Voucher(
    [property: Id(0)] string Id,
    [property: Id(1)] VoucherHolder Holder,
    [property: Id(2)] decimal Value,
    [property: Id(3)] DateTimeOffset IssuedAt,
    [property: Id(4)] VoucherStatus Status = VoucherStatus.Issued,
    [property: Id(5)] DateTimeOffset? SpentAt = null,
    [property: Id(6)] string? Space = null);

/// <summary>What a ledger line records.</summary>
[GenerateSerializer, Alias("mm.LedgerEntryKind")]
public enum LedgerEntryKind
{
    Issued,
    Spent,
    Revoked,
}

/// <summary>
/// One line of a programme's ledger, in order (<see cref="Sequence"/> from 1): what happened to which voucher, for how
/// much, where, by whom, and the programme's totals after it (committed: issued and not revoked; spent).
/// </summary>
[GenerateSerializer, Alias("mm.LedgerEntry"), Immutable]
public sealed record LedgerEntry(
    [property: Id(0)] int Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] LedgerEntryKind Kind,
    [property: Id(3)] string Voucher,
    [property: Id(4)] string Holder,
    [property: Id(5)] decimal Amount,
    [property: Id(6)] string? Space,
    [property: Id(7)] string? By,
    [property: Id(8)] decimal Committed,
    [property: Id(9)] decimal Spent);

/// <summary>A programme as stored: its description, vouchers and ledger, version (the storage ETag) and when it last changed.</summary>
[GenerateSerializer, Alias("mm.StoredProgramme"), Immutable]
public sealed record StoredProgramme(
    [property: Id(0)] string Id,
    [property: Id(1)] VoucherProgramme Programme,
    [property: Id(2)] string Version,
    [property: Id(3)] DateTimeOffset UpdatedAt,
    [property: Id(4)] IReadOnlyList<Voucher> Vouchers,
    [property: Id(5)] IReadOnlyList<LedgerEntry> Ledger)
{
    /// <summary>The value of vouchers issued and not revoked (spent ones included).</summary>
    public decimal Committed => Vouchers.Where(v => v.Status != VoucherStatus.Revoked).Sum(v => v.Value);

    public decimal Spent => Vouchers.Where(v => v.Status == VoucherStatus.Spent).Sum(v => v.Value);

    /// <summary>What is left of the budget for new vouchers.</summary>
    public decimal Available => (Programme.Budget ?? 0) - Committed;

    public Voucher? Voucher(string id) => Vouchers.FirstOrDefault(v => v.Id == id);

    /// <summary>The vouchers <paramref name="actor"/> holds.</summary>
    public IEnumerable<Voucher> HeldBy(ActorRef actor) => Vouchers.Where(v => v.Holder.Actor == actor);
}

/// <summary>The result of a programme upsert: the stored programme and what the write did.</summary>
[GenerateSerializer, Alias("mm.ProgrammeWriteResult"), Immutable]
public sealed record ProgrammeWriteResult(
    [property: Id(0)] StoredProgramme Stored,
    [property: Id(1)] WriteOutcome Outcome);

/// <summary>A voucher issued, spent or revoked, with the programme after it.</summary>
[GenerateSerializer, Alias("mm.VoucherResult"), Immutable]
public sealed record VoucherResult(
    [property: Id(0)] StoredProgramme Stored,
    [property: Id(1)] Voucher Voucher);
