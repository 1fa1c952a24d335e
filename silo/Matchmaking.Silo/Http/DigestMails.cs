using System.Text;
using Matchmaking.Abstractions.Digests;

namespace Matchmaking.Silo.Http;

/// <summary>A digest as a plain-text e-mail in its language: a subject and one section per kind of item, with links.</summary>
public static class DigestMails
{
    public static (string Subject, string Body) Compose(Digest digest, Uri site)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(site);
        var english = digest.Language == "en";
        var fresh = digest.Suggestions.Count(s => s.New);
        var subject = english
            ? $"Your weekly digest: {fresh} new partner{(fresh == 1 ? "" : "s")}, {digest.Events.Count} event{(digest.Events.Count == 1 ? "" : "s")}"
            : $"Il tuo riepilogo settimanale: {fresh} {(fresh == 1 ? "nuovo partner" : "nuovi partner")}, {digest.Events.Count} {(digest.Events.Count == 1 ? "evento" : "eventi")}";
        var body = new StringBuilder();
        body.AppendLine(english ? $"Weekly digest of {digest.Name}" : $"Riepilogo settimanale di {digest.Name}").AppendLine();
        Section(body, english ? "Suggested partners" : "Partner suggeriti", digest.Suggestions.Select(s =>
            $"{(s.New ? (english ? "[new] " : "[nuovo] ") : "")}{s.Name} — {new Uri(site, $"{Abstractions.Profiles.ActorKinds.Plural(s.Kind)}/{s.Id}")}"), english);
        Section(body, english ? "Events and courses" : "Eventi e corsi", digest.Events.Select(e => $"{e.Title} — {new Uri(site, $"events/{e.Id}")}"), english);
        Section(body, english ? "Open calls for you" : "Bandi aperti per te", digest.Calls.Select(c => $"{c.Title} ({c.Publisher})"), english);
        Section(body, english ? "Proposals waiting for your answer" : "Proposte che attendono la tua risposta", digest.Proposals.Select(p => $"{p.Title} ({p.Coach})"), english);
        body.AppendLine(english ? $"The whole digest: {new Uri(site, "digest?lang=en")}" : $"Il riepilogo completo: {new Uri(site, "digest")}");
        return (subject, body.ToString());
    }

    private static void Section(StringBuilder body, string title, IEnumerable<string> lines, bool english)
    {
        body.AppendLine(title);
        var any = false;
        foreach (var line in lines)
        {
            body.Append("- ").AppendLine(line);
            any = true;
        }

        if (!any)
        {
            body.AppendLine(english ? "- nothing new" : "- niente di nuovo");
        }

        body.AppendLine();
    }
}
