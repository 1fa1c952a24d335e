using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Matchmaking.Abstractions.Profiles;
using Microsoft.AspNetCore.Html;

namespace Matchmaking.Silo.Pages;

/// <summary>The dashboard's pictures as inline SVG: the map of Lombardy and the collaboration network. Every text is HTML-encoded.</summary>
public static class DashboardCharts
{
    private const double Scale = 190, West = 8.45, North = 46.7;
    private static readonly double LongitudeFactor = Math.Cos(45.6 * Math.PI / 180);
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>Lombardy's outline with a bubble per province, its area proportional to the actors there.</summary>
    public static IHtmlContent Map(string title, IReadOnlyList<ProvinceCount> rows, Texts t)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(t);
        var (width, height) = Project(11.5, 44.6);
        var svg = new StringBuilder();
        Open(svg, "map", width, height, title);
        svg.Append("<path class=\"region\" d=\"M");
        svg.AppendJoin(" L", Lombardy.Outline.Select(p => Point(Project(p.Longitude, p.Latitude))));
        svg.Append(" Z\"/>");
        var max = Math.Max(1, rows.Where(r => r.Province is not null).Select(r => r.Total).DefaultIfEmpty(0).Max());
        foreach (var row in rows.Where(r => r.Province is not null).OrderByDescending(r => r.Total))
        {
            var province = row.Province!;
            var (x, y) = Project(province.Longitude, province.Latitude);
            var name = t.IsEnglish ? province.NameEn : province.NameIt;
            var tip = Encoder.Encode($"{name}: {t.ProvinceCounts(row)}");
            if (row.Total == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"empty\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"3\"><title>{tip}</title></circle>");
                continue;
            }

            // A bubble big enough holds its code and count; a small one has them on its right.
            var radius = 6 + (24 * Math.Sqrt(row.Total / (double)max));
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"/directory?province={province.Code}\"><circle class=\"bubble\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{radius:0.#}\"><title>{tip}</title></circle>");
            svg.Append(radius >= 16
                ? string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y - 2:0.#}\" text-anchor=\"middle\" class=\"inside\">{province.Code}</text><text x=\"{x:0.#}\" y=\"{y + 11:0.#}\" text-anchor=\"middle\" class=\"inside\">{row.Total}</text></a>")
                : string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x + radius + 3:0.#}\" y=\"{y + 4:0.#}\" class=\"strong\">{province.Code} {row.Total}</text></a>"));
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The collaboration network: a shape per actor (its kind), a line per collaboration, names of the most connected.</summary>
    public static IHtmlContent Network(string title, CollaborationPicture picture, Texts t)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(t);
        const double width = 720, height = 440, margin = 36;
        var svg = new StringBuilder();
        Open(svg, "network", width, height, title);
        (double X, double Y) At(NetworkNode node) => (margin + (node.X * (width - (2 * margin))), margin + (node.Y * (height - (2 * margin))));
        foreach (var edge in picture.Edges)
        {
            var ((x1, y1), (x2, y2)) = (At(picture.Nodes[edge.A]), At(picture.Nodes[edge.B]));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke-width=\"{Math.Min(4, edge.Times):0.#}\"/>");
        }

        var labelled = picture.Nodes.Count <= 24 ? 1 : 2;
        var labels = Labels(picture, At, labelled, width, height);
        foreach (var node in picture.Nodes)
        {
            var (x, y) = At(node);
            var actor = node.Actor;
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{PageLinks.Actor(actor.Kind, actor.Id)}\">");
            svg.Append(Shape(actor.Kind, x, y, Radius(node), Encoder.Encode($"{actor.Name} · {t.Kind(actor.Kind)} · {t.PartnerCount(node.Degree)}")));
            if (labels.TryGetValue(node, out var label))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label.X:0.#}\" y=\"{label.Y:0.#}\" text-anchor=\"{label.Anchor}\">{Encoder.Encode(ShortName(actor.Name))}</text>");
            }

            svg.Append("</a>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static double Radius(NetworkNode node) => Math.Min(12, 5 + (1.5 * (node.Degree - 1)));

    // Labels for the nodes with at least `labelled` partners, the best connected placed first, none over another.
    private static Dictionary<NetworkNode, NetworkLabels.Place> Labels(
        CollaborationPicture picture, Func<NetworkNode, (double X, double Y)> at, int labelled, double width, double height)
    {
        var placer = new NetworkLabels(width, height);
        foreach (var node in picture.Nodes)
        {
            var (x, y) = at(node);
            placer.AddNode(x, y, Radius(node));
        }

        var labels = new Dictionary<NetworkNode, NetworkLabels.Place>(ReferenceEqualityComparer.Instance);
        foreach (var (node, index) in picture.Nodes.Select((n, i) => (n, i)).Where(p => p.n.Degree >= labelled).OrderByDescending(p => p.n.Degree).ThenBy(p => p.i))
        {
            var (x, y) = at(node);
            labels[node] = placer.Choose(ShortName(node.Actor.Name), LabelPlaces(picture, index, x, y, Radius(node), width));
        }

        return labels;
    }

    // A label goes on the side away from the node's partners (so the lines do not cross it) first: below or above
    // when they lie mostly above or below, else beside; near the picture's edges it is anchored inwards. The other
    // sides follow, for when the first is taken.
    private static List<NetworkLabels.Place> LabelPlaces(CollaborationPicture picture, int index, double x, double y, double radius, double width)
    {
        var node = picture.Nodes[index];
        var (sumX, sumY, spanX, spanY) = (0.0, 0.0, 0.0, 0.0);
        foreach (var edge in picture.Edges.Where(e => e.A == index || e.B == index))
        {
            var other = picture.Nodes[edge.A == index ? edge.B : edge.A];
            var (ex, ey) = (other.X - node.X, other.Y - node.Y);
            (sumX, sumY, spanX, spanY) = (sumX + ex, sumY + ey, spanX + Math.Abs(ex), spanY + Math.Abs(ey));
        }

        var anchor = x < width * 0.15 ? "start" : x > width * 0.85 ? "end" : "middle";
        var above = new NetworkLabels.Place(x, y - radius - 5, anchor);
        var below = new NetworkLabels.Place(x, y + radius + 12, anchor);
        var left = new NetworkLabels.Place(x - radius - 4, y + 4, "end");
        var right = new NetworkLabels.Place(x + radius + 4, y + 4, "start");

        // Beside, on the side towards the middle of the picture when the preferred one would leave it.
        NetworkLabels.Place Beside(bool toLeft) => toLeft || x > width * 0.7 ? left : right;

        // Partners on both sides (the middle of a chain): over or under a mostly level line (alternating, so two
        // neighbours in a chain do not write over each other), beside a mostly upright one.
        var first = Math.Abs(sumX) + Math.Abs(sumY) < 0.5 * (spanX + spanY)
            ? spanX >= spanY ? (index % 2 == 0 ? above : below) : Beside(toLeft: false)
            : Math.Abs(sumY) >= Math.Abs(sumX) * 0.6
                ? sumY > 0 ? above : below
                : Beside(toLeft: sumX > 0 && x > width * 0.3);
        return [first, .. new[] { above, below, x > width / 2 ? left : right, x > width / 2 ? right : left }.Where(p => p != first)];
    }

    /// <summary>A small picture of a kind's shape, for the legend.</summary>
    public static IHtmlContent Symbol(ActorKind kind) =>
        new HtmlString($"<svg class=\"network symbol\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">{Shape(kind, 8, 8, 6, null)}</svg>");

    /// <summary>A name without its company form (S.r.l., S.p.A. …), cut at 28 characters.</summary>
    public static string ShortName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var shortName = System.Text.RegularExpressions.Regex.Replace(name, @"\s+(S\.?r\.?l\.?s?|S\.?p\.?A\.?|S\.?s\.?|S\.?n\.?c\.?|S\.?a\.?s\.?|Soc\. coop\.?)$", "", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return shortName.Length <= 28 ? shortName : shortName[..27].TrimEnd() + "…";
    }

    private static string Shape(ActorKind kind, double x, double y, double r, string? tip)
    {
        var title = tip is null ? "" : $"<title>{tip}</title>";
        var css = kind.Name();
        return kind switch
        {
            ActorKind.Company => string.Create(CultureInfo.InvariantCulture, $"<rect class=\"{css}\" x=\"{x - (r * 0.9):0.#}\" y=\"{y - (r * 0.9):0.#}\" width=\"{r * 1.8:0.#}\" height=\"{r * 1.8:0.#}\">{title}</rect>"),
            ActorKind.Startup => string.Create(CultureInfo.InvariantCulture, $"<polygon class=\"{css}\" points=\"{x:0.#},{y - (r * 1.2):0.#} {x + (r * 1.2):0.#},{y:0.#} {x:0.#},{y + (r * 1.2):0.#} {x - (r * 1.2):0.#},{y:0.#}\">{title}</polygon>"),
            _ => string.Create(CultureInfo.InvariantCulture, $"<circle class=\"{css}\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r:0.#}\">{title}</circle>"),
        };
    }

    private static void Open(StringBuilder svg, string css, double width, double height, string title) =>
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"{css}\" role=\"img\" viewBox=\"0 0 {width:0} {height:0}\" width=\"100%\" aria-label=\"{Encoder.Encode(title)}\"><title>{Encoder.Encode(title)}</title>");

    private static (double X, double Y) Project(double longitude, double latitude) =>
        ((longitude - West) * LongitudeFactor * Scale, (North - latitude) * Scale);

    private static string Point((double X, double Y) p) => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}");
}
