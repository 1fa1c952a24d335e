using System.Text.Json.Serialization;
using Matchmaking.Abstractions.Vouchers;
using Matchmaking.Storage;

namespace Matchmaking.Grains.Vouchers;

/// <summary>What a voucher programme grain stores: the programme, its vouchers and its ledger, when it last changed.</summary>
public sealed class ProgrammeState : IUnreadableState
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? Unreadable { get; set; }

    public VoucherProgramme? Programme { get; set; }

    public List<Voucher> Vouchers { get; set; } = [];

    public List<LedgerEntry> Ledger { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    public StoredProgramme? ToStored(string id, string? etag) =>
        Programme is { } programme && etag is not null && Unreadable is null
            ? new StoredProgramme(id, programme, etag, UpdatedAt, [.. Vouchers], [.. Ledger])
            : null;
}
