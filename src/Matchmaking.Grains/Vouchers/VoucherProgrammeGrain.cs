using System.Text.Json;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Spaces;
using Matchmaking.Abstractions.Vouchers;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.ReadModels;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Vouchers;

/// <summary>
/// A voucher programme keeping its vouchers and ledger. Orleans runs one request of a grain at a time (this grain is
/// not reentrant), so the budget is checked and committed, and a voucher checked and spent, in one turn: concurrent
/// issues never go beyond the budget, concurrent spends of one voucher spend it once. Every change is written before
/// it is answered, and restored in memory when the write fails.
/// </summary>
public sealed class VoucherProgrammeGrain(
    [PersistentState(StorageNames.VoucherProgrammeState, StorageNames.Profiles)] IPersistentState<ProgrammeState> state,
    ProgrammeBoard board,
    EcosystemReplica replica,
    TimeProvider clock) : Grain, IVoucherProgrammeGrain
{
    private string Id => this.GetPrimaryKeyString();

    private DateOnly Today => DateOnly.FromDateTime(EventTime.ToRome(clock.GetUtcNow()));

    public Task<StoredProgramme?> GetAsync()
    {
        state.ThrowIfUnreadable($"voucher programme '{Id}'");
        return Task.FromResult(Current());
    }

    public async Task<ProgrammeWriteResult> UpsertAsync(VoucherProgramme programme, string? expectedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (ActorIds.Problem(Id) is { } idProblem)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["id"] = [idProblem] });
        }

        state.ThrowIfUnreadable($"voucher programme '{Id}'");
        var stored = Current();
        var candidate = VoucherRules.Normalize(programme);
        VoucherRules.Validate(candidate, stored?.Committed ?? 0);
        if (expectedVersion is not null && expectedVersion != state.Etag)
        {
            throw new VersionConflictException($"The voucher programme '{Id}' is at version {state.Etag ?? "none"}, not {expectedVersion}.");
        }

        if (stored is not null && Same(stored.Programme, candidate))
        {
            return new(stored, WriteOutcome.Unchanged);
        }

        await WriteAsync(Next(candidate, state.State.Vouchers, state.State.Ledger));
        return new(Current()!, stored is null ? WriteOutcome.Created : WriteOutcome.Updated);
    }

    public async Task<bool> DeleteAsync()
    {
        state.ThrowIfUnreadable($"voucher programme '{Id}'");
        if (!state.RecordExists || state.State.Programme is null)
        {
            return false;
        }

        if (state.State.Vouchers.Count > 0)
        {
            throw new StateConflictException($"The voucher programme '{Id}' has issued {state.State.Vouchers.Count} vouchers: its ledger is kept. Close it by ending its window instead.");
        }

        await state.ClearStateAsync();
        state.State = new ProgrammeState();
        replica.Stored(StorageNames.VoucherProgrammeState, Id, state.Etag, () => board.Remove(Id));
        return true;
    }

    public async Task<VoucherResult> IssueAsync(VoucherHolder holder, string by)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var stored = Existing();
        var today = Today;
        holder = VoucherRules.CheckHolder(stored.Programme, holder, today);
        CheckWindow(stored.Programme, today, "issued");
        if (stored.Vouchers.FirstOrDefault(v => v.Status != VoucherStatus.Revoked && v.Holder.SameAs(holder)) is { } held)
        {
            throw new StateConflictException($"{Describe(holder)} holds the voucher {held.Id} of this programme already ({EnumNames<VoucherStatus>.Name(held.Status)}).");
        }

        var value = stored.Programme.VoucherValue!.Value;
        if (stored.Available < value)
        {
            throw new StateConflictException($"The budget of '{Id}' is spent: {stored.Available:0.##} euro left, a voucher is worth {value:0.##}.");
        }

        if (holder.Actor is { } actor && await GrainFactory.Actor(actor).GetRelationsAsync() is null)
        {
            throw new ActorNotFoundException(actor, "the holder");
        }

        var voucher = new Voucher($"v{stored.Vouchers.Count + 1}", holder, value, clock.GetUtcNow());
        return await RecordAsync(stored, voucher, LedgerEntryKind.Issued, by);
    }

    public async Task<VoucherResult> SpendAsync(string voucherId, string space, string by)
    {
        var stored = Existing();
        var voucher = Find(stored, voucherId);
        switch (voucher.Status)
        {
            case VoucherStatus.Spent:
                throw new StateConflictException($"The voucher {voucher.Id} was spent on {voucher.SpentAt:yyyy-MM-dd} at '{voucher.Space}': a voucher is spent once.");
            case VoucherStatus.Revoked:
                throw new StateConflictException($"The voucher {voucher.Id} was revoked: it cannot be spent.");
        }

        CheckWindow(stored.Programme, Today, "spent");
        space = Text.Tidy(space)?.ToLowerInvariant() ?? "";
        if (ActorIds.Problem(space) is { } problem)
        {
            throw SpaceProblem(problem);
        }

        var where = await GrainFactory.GetGrain<ISpaceGrain>(space).GetAsync() ?? throw SpaceProblem($"There is no co-working space '{space}'. GET /api/spaces lists them.");
        if (!where.IsAccredited)
        {
            throw SpaceProblem($"The space '{space}' is not accredited ({EnumNames<AccreditationStatus>.Name(where.Accreditation.Status)}): vouchers are spent at accredited spaces only.");
        }

        var spent = voucher with { Status = VoucherStatus.Spent, SpentAt = clock.GetUtcNow(), Space = space };
        return await RecordAsync(stored, spent, LedgerEntryKind.Spent, by);
    }

    public async Task<VoucherResult> RevokeAsync(string voucherId, string by)
    {
        var stored = Existing();
        var voucher = Find(stored, voucherId);
        return voucher.Status switch
        {
            VoucherStatus.Revoked => new VoucherResult(stored, voucher),
            VoucherStatus.Spent => throw new StateConflictException($"The voucher {voucher.Id} was spent on {voucher.SpentAt:yyyy-MM-dd}: a spent voucher stays in the ledger as spent."),
            _ => await RecordAsync(stored, voucher with { Status = VoucherStatus.Revoked }, LedgerEntryKind.Revoked, by),
        };
    }

    // Writes the voucher as it now is (new or changed) with its ledger line, the totals after it.
    private async Task<VoucherResult> RecordAsync(StoredProgramme stored, Voucher voucher, LedgerEntryKind kind, string by)
    {
        var vouchers = new List<Voucher>(state.State.Vouchers);
        var index = vouchers.FindIndex(v => v.Id == voucher.Id);
        if (index < 0)
        {
            vouchers.Add(voucher);
        }
        else
        {
            vouchers[index] = voucher;
        }

        var committed = vouchers.Where(v => v.Status != VoucherStatus.Revoked).Sum(v => v.Value);
        var spent = vouchers.Where(v => v.Status == VoucherStatus.Spent).Sum(v => v.Value);
        var ledger = new List<LedgerEntry>(state.State.Ledger)
        {
            new(state.State.Ledger.Count + 1, clock.GetUtcNow(), kind, voucher.Id, voucher.Holder.ToString(), voucher.Value, voucher.Space, by, committed, spent),
        };
        await WriteAsync(Next(stored.Programme, vouchers, ledger));
        return new VoucherResult(Current()!, voucher);
    }

    private ProgrammeState Next(VoucherProgramme programme, List<Voucher> vouchers, List<LedgerEntry> ledger) =>
        new() { Programme = programme, Vouchers = vouchers, Ledger = ledger, UpdatedAt = clock.GetUtcNow() };

    private async Task WriteAsync(ProgrammeState next)
    {
        await state.WriteOrRestoreAsync(next);
        var stored = Current()!;
        replica.Stored(StorageNames.VoucherProgrammeState, Id, state.Etag, () => board.Upsert(stored));
    }

    private static void CheckWindow(VoucherProgramme programme, DateOnly today, string verb)
    {
        if (today < programme.ValidFrom)
        {
            throw new StateConflictException($"Vouchers of this programme are {verb} from {programme.ValidFrom:yyyy-MM-dd}; today is {today:yyyy-MM-dd}.");
        }

        if (today > programme.ValidUntil)
        {
            throw new StateConflictException($"The programme's window closed on {programme.ValidUntil:yyyy-MM-dd}: no voucher is {verb} after it (today is {today:yyyy-MM-dd}).");
        }
    }

    private static ValidationFailedException SpaceProblem(string message) =>
        new(new Dictionary<string, string[]> { ["space"] = [message] });

    private Voucher Find(StoredProgramme stored, string voucherId) =>
        stored.Voucher(voucherId) ?? throw NotFoundException.Of($"voucher '{voucherId}' in the programme '{Id}'");

    private static string Describe(VoucherHolder holder) => holder.Actor?.ToString() ?? $"{holder.Name} (born {holder.BirthDate:yyyy-MM-dd})";

    private StoredProgramme Existing()
    {
        state.ThrowIfUnreadable($"voucher programme '{Id}'");
        return Current() ?? throw NotFoundException.Of($"voucher programme '{Id}'");
    }

    private StoredProgramme? Current() => state.RecordExists ? state.State.ToStored(Id, state.Etag) : null;

    private static bool Same(VoucherProgramme left, VoucherProgramme right) =>
        JsonSerializer.Serialize(left, MatchmakingJson.Options) == JsonSerializer.Serialize(right, MatchmakingJson.Options);
}
