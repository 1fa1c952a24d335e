using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Matchmaking.Silo.Pages;

/// <summary>Small inline SVG pictures rendered on the server; every text in them is HTML-encoded.</summary>
public static class Charts
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>One row per label with an offer bar and a seek bar side by side; <paramref name="title"/> names the picture for screen readers.</summary>
    public static IHtmlContent SupplyDemand(string title, IReadOnlyList<(string Label, int Offerers, int Seekers)> rows, string offerLabel, string seekLabel, int labelWidth = 90)
    {
        ArgumentNullException.ThrowIfNull(rows);
        const int barArea = 220, rowHeight = 30, top = 6;
        var max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => Math.Max(r.Offerers, r.Seekers)));
        var height = top + (rows.Count * rowHeight) + 4;
        var width = labelWidth + barArea + 40;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"100%\" style=\"max-width:{width * 1.6}px\" aria-label=\"{Encoder.Encode(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encoder.Encode(title)}</title>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, offer, seek) = rows[i];
            var y = top + (i * rowHeight);
            var offerWidth = barArea * offer / (double)max;
            var seekWidth = barArea * seek / (double)max;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\">{Encoder.Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar-offer\" x=\"{labelWidth}\" y=\"{y}\" width=\"{offerWidth:0.#}\" height=\"11\"><title>{Encoder.Encode($"{offerLabel}: {offer}")}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + offerWidth + 4:0.#}\" y=\"{y + 10}\">{offer}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar-seek\" x=\"{labelWidth}\" y=\"{y + 13}\" width=\"{seekWidth:0.#}\" height=\"11\"><title>{Encoder.Encode($"{seekLabel}: {seek}")}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + seekWidth + 4:0.#}\" y=\"{y + 23}\">{seek}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The colour of a member's answer in the team graph and its legend: accepted, declined, waiting.</summary>
    public static string AnswerColour(bool? accepted) => accepted switch { true => "#2f7d4f", false => "#b00020", null => "#0b5cad" };

    /// <summary>
    /// A team as a small graph: the members on an ellipse, each joined to the others, each labelled with its role
    /// above and its whole name below (on two lines when long; only a name over 48 characters is cut).
    /// <paramref name="members"/> are (name, role, accepted?) triples; the colours are <see cref="AnswerColour"/>'s.
    /// </summary>
    public static IHtmlContent Team(string title, IReadOnlyList<(string Name, string Role, bool? Accepted)> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        const int width = 440, height = 250, cx = 220, cy = 112, rx = 140, ry = 72;
        var points = members.Select((_, i) =>
        {
            var angle = (-Math.PI / 2) + (2 * Math.PI * i / Math.Max(1, members.Count));
            return (X: cx + (rx * Math.Cos(angle)), Y: cy + (ry * Math.Sin(angle)));
        }).ToList();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"team\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"100%\" style=\"max-width:{width}px\" aria-label=\"{Encoder.Encode(title)}\"><title>{Encoder.Encode(title)}</title>");
        for (var i = 0; i < points.Count; i++)
        {
            for (var j = i + 1; j < points.Count; j++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{points[i].X:0.#}\" y1=\"{points[i].Y:0.#}\" x2=\"{points[j].X:0.#}\" y2=\"{points[j].Y:0.#}\" stroke=\"#9aa3b2\" stroke-width=\"1.5\"/>");
            }
        }

        for (var i = 0; i < points.Count; i++)
        {
            var (name, role, accepted) = members[i];
            var (x, y) = points[i];
            var anchor = x < width * 0.2 ? "start" : x > width * 0.8 ? "end" : "middle";
            var textX = anchor switch { "start" => x - 9, "end" => x + 9, _ => x };
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"9\" fill=\"{AnswerColour(accepted)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{textX:0.#}\" y=\"{y - 13:0.#}\" text-anchor=\"{anchor}\" style=\"fill:#5a6272\">{Encoder.Encode(role)}</text>");
            var lines = NameLines(name);
            for (var line = 0; line < lines.Count; line++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{textX:0.#}\" y=\"{y + 22 + (13 * line):0.#}\" text-anchor=\"{anchor}\">{Encoder.Encode(lines[line])}</text>");
            }
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A name on one line up to 24 characters, else on two split at the space nearest the middle.</summary>
    public static IReadOnlyList<string> NameLines(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > 48)
        {
            name = name[..47].TrimEnd() + "…";
        }

        if (name.Length <= 24)
        {
            return [name];
        }

        var spaces = Enumerable.Range(1, name.Length - 2).Where(i => name[i] == ' ').ToList();
        if (spaces.Count == 0)
        {
            return [name];
        }

        var split = spaces.MinBy(i => Math.Abs(i - (name.Length / 2)));
        return [name[..split], name[(split + 1)..]];
    }
}
