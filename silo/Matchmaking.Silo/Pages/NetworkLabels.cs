namespace Matchmaking.Silo.Pages;

/// <summary>
/// Places the network's labels so that they neither cover one another nor the nodes, nor leave the picture: the
/// best-connected actors are labelled first, each at the first of its places that is free (the side away from its
/// partners first, then above, below and beside), else where it covers least. Sizes are estimated from the text
/// (11 px type, about 6.2 px a character), which is what the picture's style sets.
/// </summary>
public sealed class NetworkLabels(double width, double height)
{
    private const double CharacterWidth = 6.2;
    private const double Ascent = 10;
    private const double Descent = 3;
    private const double Edge = 2;
    private readonly List<Box> taken = [];

    public readonly record struct Place(double X, double Y, string Anchor);

    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public double Overlap(Box other) =>
            Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left)) * Math.Max(0, Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top));
    }

    /// <summary>A node's disc, which no label may cover.</summary>
    public void AddNode(double x, double y, double radius) => taken.Add(new Box(x - radius, y - radius, x + radius, y + radius));

    /// <summary>
    /// The place for a label of <paramref name="text"/> among <paramref name="places"/> (in order of preference): the
    /// first that stays inside the picture and covers nothing placed before, else the one covering least (off the
    /// picture counting as covered). The place chosen is then taken.
    /// </summary>
    public Place Choose(string text, IReadOnlyList<Place> places)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(places);
        var textWidth = text.Length * CharacterWidth;
        var (best, bestCost) = (places[0], double.MaxValue);
        foreach (var place in places)
        {
            var box = BoxOf(place, textWidth);
            var cost = Outside(box) + taken.Sum(box.Overlap);
            if (cost < bestCost)
            {
                (best, bestCost) = (place, cost);
                if (cost == 0)
                {
                    break;
                }
            }
        }

        taken.Add(BoxOf(best, textWidth));
        return best;
    }

    private static Box BoxOf(Place place, double textWidth)
    {
        var left = place.Anchor switch
        {
            "start" => place.X,
            "end" => place.X - textWidth,
            _ => place.X - (textWidth / 2),
        };
        return new Box(left, place.Y - Ascent, left + textWidth, place.Y + Descent);
    }

    // The area of the label outside the picture, counted twice: a cut label is worse than one over another's.
    private double Outside(Box box)
    {
        var area = (box.Right - box.Left) * (box.Bottom - box.Top);
        var inside = new Box(Edge, 0, width - Edge, height).Overlap(box);
        return 2 * (area - inside);
    }
}
