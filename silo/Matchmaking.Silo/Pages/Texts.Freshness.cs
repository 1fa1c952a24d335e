using Matchmaking.Abstractions.Text;

namespace Matchmaking.Silo.Pages;

/// <summary>The texts about profiles' freshness: the member's notice and the hub manager's list of stale profiles.</summary>
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

    public string Day(DateTimeOffset at) => LocalFormat.Date(DateOnly.FromDateTime(at.UtcDateTime), Language);

    private string Days(TimeSpan span) => span.TotalDays >= 1
        ? T($"{(int)span.TotalDays} giorni", $"{(int)span.TotalDays} days")
        : T($"{(int)span.TotalSeconds} secondi", $"{(int)span.TotalSeconds} seconds");
}
