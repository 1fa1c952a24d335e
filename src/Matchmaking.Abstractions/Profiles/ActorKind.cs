using Orleans;

namespace Matchmaking.Abstractions.Profiles;

/// <summary>The kinds of actor in an ecosystem.</summary>
[GenerateSerializer, Alias("mm.ActorKind")]
public enum ActorKind
{
    Company,
    Startup,
    Researcher,
}

/// <summary>Names of the kinds as they appear in URLs and JSON.</summary>
public static class ActorKinds
{
    public static readonly IReadOnlyList<ActorKind> All = [ActorKind.Company, ActorKind.Startup, ActorKind.Researcher];

    /// <summary>The singular wire name: <c>company</c>, <c>startup</c>, <c>researcher</c>.</summary>
    public static string Name(this ActorKind kind) => kind switch
    {
        ActorKind.Company => "company",
        ActorKind.Startup => "startup",
        ActorKind.Researcher => "researcher",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The plural used in URLs: <c>companies</c>, <c>startups</c>, <c>researchers</c>.</summary>
    public static string Plural(this ActorKind kind) => kind switch
    {
        ActorKind.Company => "companies",
        ActorKind.Startup => "startups",
        ActorKind.Researcher => "researchers",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Parses a singular or plural name, case-insensitively.</summary>
    public static bool TryParse(string? text, out ActorKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(text, candidate.Name(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, candidate.Plural(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
