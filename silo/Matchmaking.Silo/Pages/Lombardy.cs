namespace Matchmaking.Silo.Pages;

/// <summary>A province of Lombardy: its code, its names and where its chief town lies (degrees).</summary>
public sealed record Province(string Code, string NameIt, string NameEn, double Longitude, double Latitude);

/// <summary>
/// The region the hubs of Cremona and Brescia serve, drawn schematically: its twelve provinces at their chief towns
/// and a simplified outline (about thirty points along the borders with Switzerland, Trentino, Veneto, Emilia and
/// Piedmont; good for a picture, not for measuring).
/// </summary>
public static class Lombardy
{
    public static readonly IReadOnlyList<Province> Provinces =
    [
        new("BG", "Bergamo", "Bergamo", 9.67, 45.70),
        new("BS", "Brescia", "Brescia", 10.21, 45.54),
        new("CO", "Como", "Como", 9.08, 45.81),
        new("CR", "Cremona", "Cremona", 10.02, 45.13),
        new("LC", "Lecco", "Lecco", 9.39, 45.85),
        new("LO", "Lodi", "Lodi", 9.50, 45.31),
        new("MB", "Monza e Brianza", "Monza and Brianza", 9.27, 45.58),
        new("MI", "Milano", "Milan", 9.19, 45.46),
        new("MN", "Mantova", "Mantua", 10.79, 45.16),
        new("PV", "Pavia", "Pavia", 9.16, 45.19),
        new("SO", "Sondrio", "Sondrio", 9.87, 46.17),
        new("VA", "Varese", "Varese", 8.82, 45.82),
    ];

    /// <summary>The outline, clockwise from Lake Maggiore, as (longitude, latitude).</summary>
    public static readonly IReadOnlyList<(double Longitude, double Latitude)> Outline =
    [
        (8.70, 46.10), (8.85, 46.00), (8.98, 45.84), (9.08, 46.02), (9.25, 46.28), (9.30, 46.50), (9.55, 46.30),
        (9.95, 46.38), (10.15, 46.62), (10.45, 46.55), (10.55, 46.33), (10.45, 46.02), (10.55, 45.80), (10.65, 45.60),
        (10.70, 45.42), (10.85, 45.30), (11.20, 45.10), (11.42, 44.97), (11.15, 44.92), (10.80, 44.96), (10.45, 44.96),
        (10.05, 45.03), (9.60, 45.08), (9.32, 45.00), (9.22, 44.78), (9.30, 44.68), (9.05, 44.68), (8.95, 44.95),
        (8.55, 45.15), (8.62, 45.35), (8.72, 45.55), (8.62, 45.75), (8.68, 45.95),
    ];

    private static readonly Dictionary<string, Province> ByCode = Provinces.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The province of Lombardy with this code, or null (another region, or none given).</summary>
    public static Province? Find(string? code) => code is not null && ByCode.TryGetValue(code.Trim(), out var province) ? province : null;
}
