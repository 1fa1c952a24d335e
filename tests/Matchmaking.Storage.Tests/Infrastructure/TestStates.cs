namespace Matchmaking.Storage.Tests.Infrastructure;

// Orleans' provider makes a fresh state with a parameterless constructor when a record has no payload, so every
// state type here has one (as the product's states do).

public sealed record Counter
{
    public int Count { get; init; }
}

public enum ActorKind
{
    Company,
    Startup,
    Researcher,
}

public sealed record Address(string Municipality, string Province, string? Website);

public sealed record Membership(string Hub, string Role);

public sealed record Profile
{
    public string Name { get; init; } = "";

    public ActorKind Kind { get; init; }

    public Address? Location { get; init; }

    public List<string> Themes { get; init; } = [];

    public IReadOnlyList<Membership> Memberships { get; init; } = [];

    public Dictionary<string, double> Weights { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }

    public string? Note { get; init; }
}

/// <summary>A grain's view of its state, as IPersistentState holds it (Orleans' own GrainState&lt;T&gt; has a nullable State).</summary>
public sealed class TestState<T>(T state, string? etag = null) : Orleans.IGrainState<T>
{
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public T State { get; set; } = state;

    public string? ETag { get; set; } = etag;

    public bool RecordExists { get; set; }
}
