namespace Matchmaking.Silo.Pages;

/// <summary>The texts of the member's digest page.</summary>
public sealed partial class Texts
{
    public string NavDigest => T("Il tuo riepilogo", "Your digest");
    public string DigestTitle => T("Riepilogo settimanale", "Weekly digest");
    public string DigestIntro(string name, DateTimeOffset since) => T($"Per {name}, dal {Day(since)}", $"For {name}, since {Day(since)}");
    public string DigestPartners => T("Partner suggeriti", "Suggested partners");
    public string DigestNew => T("nuovo", "new");
    public string DigestCalls => T("Bandi aperti per te", "Open calls for you");
    public string DigestProposals => T("Proposte che attendono la tua risposta", "Proposals waiting for your answer");
    public string DigestNone => T("Niente di nuovo.", "Nothing new.");
}
