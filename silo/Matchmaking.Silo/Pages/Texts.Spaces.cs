using Matchmaking.Abstractions.Spaces;
using Matchmaking.Abstractions.Text;
using Matchmaking.Abstractions.Vouchers;

namespace Matchmaking.Silo.Pages;

/// <summary>The texts of the co-working spaces and vouchers page.</summary>
public sealed partial class Texts
{
    public string NavSpaces => T("Spazi e voucher", "Spaces and vouchers");
    public string SpacesTitle => T("Spazi di coworking e voucher", "Co-working spaces and vouchers");
    public string SpacesIntro => T(
        "Gli spazi di coworking accreditati dal polo e i programmi di voucher da spendere lì.",
        "The co-working spaces the hub accredits and the voucher programmes to spend there.");
    public string NoSpaces => T("Nessuno spazio di coworking.", "No co-working spaces.");
    public string SpacesNearYou => T("Vicino a te", "Near you");
    public string MyVouchers => T("I tuoi voucher", "Your vouchers");
    public string Desks => T("Postazioni", "Desks");
    public string DayPrice => T("Una postazione per un giorno", "A desk for a day");
    public string Services => T("Servizi", "Services");
    public string Accredit => T("Accredita", "Accredit");
    public string WithdrawAccreditation => T("Ritira l'accreditamento", "Withdraw the accreditation");
    public string AccreditedNotice => T("Spazio accreditato.", "Space accredited.");
    public string WithdrawnNotice => T("Accreditamento ritirato.", "Accreditation withdrawn.");
    public string VoucherProgrammes => T("Programmi di voucher", "Voucher programmes");
    public string VoucherValue => T("Valore di un voucher", "Value of a voucher");
    public string ForWhom => T("Per chi", "For whom");
    public string DownloadLedger => T("Scarica il registro (CSV)", "Download the ledger (CSV)");

    public string DesksFree(int free, int seats) => T($"{free} libere su {seats}", $"{free} free of {seats}");

    public string BudgetLeft(decimal left, decimal budget) => T($"{Euros(left)} disponibili su {Euros(budget)}", $"{Euros(left)} left of {Euros(budget)}");

    public string Window(DateOnly from, DateOnly until) => T(
        $"dal {LocalFormat.Date(from, Language)} al {LocalFormat.Date(until, Language)}",
        $"from {LocalFormat.Date(from, Language)} to {LocalFormat.Date(until, Language)}");

    public string LedgerLines(int count) => T(count == 1 ? "1 riga" : $"{count} righe", count == 1 ? "1 line" : $"{count} lines");

    public string AccreditationName(Accreditation accreditation) => accreditation.Status switch
    {
        AccreditationStatus.Accredited => T("accreditato", "accredited") + (accreditation.Since is { } since ? T($" dal {LocalFormat.Date(DateOnly.FromDateTime(since.UtcDateTime), Language)}", $" since {LocalFormat.Date(DateOnly.FromDateTime(since.UtcDateTime), Language)}") : ""),
        AccreditationStatus.Withdrawn => T("accreditamento ritirato", "accreditation withdrawn"),
        _ => T("in attesa di accreditamento", "awaiting accreditation"),
    };

    public string VoucherStatusName(VoucherStatus status) => status switch
    {
        VoucherStatus.Spent => T("speso", "spent"),
        VoucherStatus.Revoked => T("revocato", "revoked"),
        _ => T("da spendere", "to spend"),
    };

    public string Eligibility(VoucherEligibility eligibility) => string.Join(", ", eligibility.Holders.Select(h => h switch
    {
        HolderKind.Person when eligibility.MaxAge is { } age => T($"persone fino a {age} anni", $"people up to {age} years old"),
        HolderKind.Person => T("persone", "people"),
        HolderKind.Startup => T("startup", "startups"),
        HolderKind.Company => T("aziende", "companies"),
        _ => T("ricercatori", "researchers"),
    }));
}
