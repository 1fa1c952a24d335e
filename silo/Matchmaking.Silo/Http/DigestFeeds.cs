using System.Globalization;
using System.Text;
using System.Xml;
using Matchmaking.Abstractions.Digests;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Silo.Http;

/// <summary>A digest as an Atom feed (RFC 4287): one entry per suggested partner, event, call and waiting proposal.</summary>
public static class DigestFeeds
{
    public const string ContentType = "application/atom+xml";

    public static string ToAtom(Digest digest, Uri site)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(site);
        var english = digest.Language == "en";
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, digest.Language);
            xml.WriteElementString("id", $"urn:matchmaking:digest:{digest.Actor.Kind.Name()}:{digest.Actor.Id}");
            xml.WriteElementString("title", english ? $"Weekly digest of {digest.Name}" : $"Riepilogo settimanale di {digest.Name}");
            xml.WriteElementString("updated", Time(digest.GeneratedAt));
            Link(xml, new Uri(site, $"{digest.Actor.Kind.Plural()}/{digest.Actor.Id}"));
            xml.WriteStartElement("author");
            xml.WriteElementString("name", english ? "Ecosystem matchmaking" : "Matchmaking dell'ecosistema");
            xml.WriteEndElement();
            foreach (var s in digest.Suggestions)
            {
                Entry(xml, $"suggestion:{s.Kind.Name()}:{s.Id}", (s.New ? (english ? "New partner: " : "Nuovo partner: ") : (english ? "Partner: " : "Partner: ")) + s.Name,
                    string.Join(" · ", s.Reasons), digest.GeneratedAt, new Uri(site, $"{s.Kind.Plural()}/{s.Id}"));
            }

            foreach (var e in digest.Events)
            {
                Entry(xml, $"event:{e.Id}", e.Title, string.Join(" · ", e.Reasons), digest.GeneratedAt, new Uri(site, $"events/{e.Id}"));
            }

            foreach (var c in digest.Calls)
            {
                var deadline = c.Deadline is { } d ? (english ? $" (deadline {d:yyyy-MM-dd})" : $" (scadenza {d:dd/MM/yyyy})") : "";
                Entry(xml, $"call:{c.Id}", (english ? "Call: " : "Bando: ") + c.Title + deadline, c.Evidence, digest.GeneratedAt, new Uri(site, "calls"));
            }

            foreach (var p in digest.Proposals)
            {
                Entry(xml, $"proposal:{p.Id}", (english ? "Waiting for your answer: " : "Attende la tua risposta: ") + p.Title,
                    english ? $"Proposed by {p.Coach}." : $"Proposta da {p.Coach}.", p.UpdatedAt, new Uri(site, $"{digest.Actor.Kind.Plural()}/{digest.Actor.Id}#proposals-heading"));
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void Entry(XmlWriter xml, string id, string title, string summary, DateTimeOffset updated, Uri link)
    {
        xml.WriteStartElement("entry");
        xml.WriteElementString("id", $"urn:matchmaking:{id}");
        xml.WriteElementString("title", title);
        xml.WriteElementString("updated", Time(updated));
        Link(xml, link);
        xml.WriteElementString("summary", summary);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, Uri href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("href", href.ToString());
        xml.WriteEndElement();
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
