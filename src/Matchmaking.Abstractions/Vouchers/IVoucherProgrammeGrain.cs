using Orleans;
using Orleans.Concurrency;

namespace Matchmaking.Abstractions.Vouchers;

/// <summary>
/// A voucher programme with its vouchers and ledger (key: its id, a lowercase slug such as
/// <c>voucher-coworking-milano-2027</c>). One grain turn at a time, so the budget and each voucher are never spent
/// twice under concurrent calls.
/// </summary>
public interface IVoucherProgrammeGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<StoredProgramme?> GetAsync();

    /// <summary>
    /// Creates or replaces the programme after validating it (<see cref="Errors.ValidationFailedException"/>, e.g. a
    /// window ending before it starts, or a budget below what is committed; nothing changes). With
    /// <paramref name="expectedVersion"/>, replaces only that version (else <see cref="Errors.VersionConflictException"/>).
    /// </summary>
    Task<ProgrammeWriteResult> UpsertAsync(VoucherProgramme programme, string? expectedVersion = null);

    /// <summary>Deletes a programme with no voucher issued; false when there was none (<see cref="Errors.StateConflictException"/> once vouchers exist).</summary>
    Task<bool> DeleteAsync();

    /// <summary>
    /// Issues a voucher to an eligible holder on today's date within the window, when the budget has its value left.
    /// Throws <see cref="Errors.ValidationFailedException"/> naming the holder's field that is wrong or ineligible,
    /// <see cref="Errors.ActorNotFoundException"/> for an unknown actor, <see cref="Errors.StateConflictException"/> when
    /// the budget is spent, the window is closed, or the holder has a voucher of the programme already.
    /// </summary>
    Task<VoucherResult> IssueAsync(VoucherHolder holder, string by);

    /// <summary>
    /// Spends a voucher at a space, today. Throws <see cref="Errors.NotFoundException"/> for an unknown voucher,
    /// <see cref="Errors.ValidationFailedException"/> (field <c>space</c>) for a space unknown or not accredited,
    /// <see cref="Errors.StateConflictException"/> for a voucher spent or revoked already or outside the window.
    /// </summary>
    Task<VoucherResult> SpendAsync(string voucherId, string space, string by);

    /// <summary>Takes back a voucher not spent: its value returns to the budget (<see cref="Errors.StateConflictException"/> when spent).</summary>
    Task<VoucherResult> RevokeAsync(string voucherId, string by);
}
