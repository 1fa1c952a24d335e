using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Cli.Import;

/// <summary>How a CSV cell becomes a JSON value.</summary>
public enum CellType
{
    Text,

    /// <summary>Items separated by <c>;</c> or <c>|</c>.</summary>
    List,
    Integer,
    Boolean,
}

/// <summary>
/// A column the CSV import knows: its name (also the JSON field), its type, the one kind it belongs to
/// (null: every kind) and the object it nests in (<c>location</c>).
/// </summary>
public sealed record CsvColumn(string Name, CellType Type, ActorKind? Kind = null, string? Parent = null)
{
    public static IReadOnlyList<CsvColumn> All { get; } =
    [
        new("id", CellType.Text),
        new("kind", CellType.Text),
        new("name", CellType.Text),
        new("description", CellType.Text),
        new("themes", CellType.List),
        new("offers", CellType.List),
        new("needs", CellType.List),
        new("municipality", CellType.Text, Parent: "location"),
        new("province", CellType.Text, Parent: "location"),
        new("region", CellType.Text, Parent: "location"),
        new("country", CellType.Text, Parent: "location"),
        new("website", CellType.Text),
        new("sectorCode", CellType.Text, ActorKind.Company),
        new("employees", CellType.Integer, ActorKind.Company),
        new("isSme", CellType.Boolean, ActorKind.Company),
        new("stage", CellType.Text, ActorKind.Startup),
        new("foundingYear", CellType.Integer, ActorKind.Startup),
        new("teamSize", CellType.Integer, ActorKind.Startup),
        new("technology", CellType.Text, ActorKind.Startup),
        new("seeks", CellType.List, ActorKind.Startup),
        new("affiliation", CellType.Text, ActorKind.Researcher),
        new("department", CellType.Text, ActorKind.Researcher),
        new("lab", CellType.Text, ActorKind.Researcher),
        new("position", CellType.Text, ActorKind.Researcher),
        new("availability", CellType.Text, ActorKind.Researcher),
        new("keywords", CellType.List, ActorKind.Researcher),
        new("languages", CellType.List, ActorKind.Researcher),
    ];

    public static CsvColumn? Find(string header) => All.FirstOrDefault(c => string.Equals(c.Name, header.Trim(), StringComparison.OrdinalIgnoreCase));
}
