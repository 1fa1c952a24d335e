using Matchmaking.Abstractions.Text;

namespace Matchmaking.Silo.Pages;

/// <summary>The texts about profiles' freshness (the member's notice, the hub manager's list of stale profiles) and membership tiers.</summary>
public sealed partial class Texts
{
    public string ConfirmProfile => T("Confermo: il profilo è ancora valido", "Confirm: the profile is still true");
    public string ProfileConfirmed => T("Profilo confermato: di nuovo aggiornato.", "Profile confirmed: up to date again.");
    public string StaleTitle => T("Profili da confermare", "Profiles to confirm");
    public string StaleIntro(TimeSpan staleAfter, TimeSpan grace) => T(
        $"Profili non modificati né confermati da più di {Days(staleAfter)}: sono suggeriti più in basso, e dopo altri {Days(grace)} non sono più suggeriti finché il membro non li conferma o modifica.",
        $"Profiles neither edited nor confirmed for more than {Days(staleAfter)}: they are suggested lower, and after {Days(grace)} more they are no longer suggested until their member confirms or edits them.");
    public string NoStale => T("Nessun profilo da confermare.", "No profile to confirm.");
    public string LastConfirmed => T("Ultima conferma", "Last confirmed");
    public string Status => T("Stato", "Status");
    public string ExpiresOn => T("Scade il", "Expires on");
    public string Reminded => T("Promemoria inviato", "Reminded");
    public string StaleStatus(bool expired) => expired ? T("scaduto: non suggerito", "expired: not suggested") : T("da confermare: suggerito più in basso", "to confirm: suggested lower");

    public string ProfileStale(DateTimeOffset since) => T(
        $"Il profilo non è confermato dal {Day(since)}: è suggerito più in basso. Confermalo se è ancora valido, o modificalo.",
        $"The profile has not been confirmed since {Day(since)}: it is suggested lower. Confirm it if it is still true, or edit it.");

    public string ProfileExpired(DateTimeOffset since) => T(
        $"Il profilo non è confermato dal {Day(since)}: non è più suggerito. Confermalo se è ancora valido, o modificalo.",
        $"The profile has not been confirmed since {Day(since)}: it is no longer suggested. Confirm it if it is still true, or edit it.");

    public string Tier => T("Ruolo nel polo", "Role at the hub");

    /// <summary>A membership tier's name (resident-partner → Partner residente / Resident partner).</summary>
    public string TierName(string tier) => tier switch
    {
        "resident-partner" => T("Partner residente", "Resident partner"),
        "sponsor" => T("Sponsor", "Sponsor"),
        "supporter" => T("Sostenitore", "Supporter"),
        "consortium-member" => T("Consorziato", "Consortium member"),
        "founding-member" => T("Socio fondatore", "Founding member"),
        _ => T("Socio", "Member"),
    };

    public string Day(DateTimeOffset at) => LocalFormat.Date(DateOnly.FromDateTime(at.UtcDateTime), Language);

    private string Days(TimeSpan span) => span.TotalDays >= 1
        ? T($"{(int)span.TotalDays} giorni", $"{(int)span.TotalDays} days")
        : T($"{(int)span.TotalSeconds} secondi", $"{(int)span.TotalSeconds} seconds");
}
