namespace Matchmaking.Persistence.Tests;

public sealed record Counter(int Count);

public enum ActorKind
{
    Company,
    Startup,
    Researcher,
}

public sealed record Address(string Municipality, string Province, string? Website);

public sealed record Membership(string Hub, string Role);

public sealed record Profile(
    string Name,
    ActorKind Kind,
    Address Location,
    List<string> Themes,
    IReadOnlyList<Membership> Memberships,
    Dictionary<string, double> Weights,
    DateTimeOffset UpdatedAt,
    string? Note = null);
