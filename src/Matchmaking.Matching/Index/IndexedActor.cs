using Matchmaking.Matching.Profiles;

namespace Matchmaking.Matching.Index;

/// <summary>What the index keeps of one actor: no text, only ids, counts and the fields scoring reads.</summary>
internal sealed class IndexedActor(int document, string key)
{
    public int Document { get; } = document;

    public string Key { get; } = key;

    public bool Live { get; set; }

    public ActorType Type { get; set; }

    public string Name { get; set; } = "";

    public Place Place { get; set; } = new();

    public string? Stage { get; set; }

    public int? Employees { get; set; }

    public int PastProjects { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool Suggestible { get; set; }

    public bool MembersOnly { get; set; }

    /// <summary>Term vectors by <see cref="MatchField"/>.</summary>
    public TermVector[] Fields { get; } = [TermVector.Empty, TermVector.Empty, TermVector.Empty];

    /// <summary>Theme ids offered, with their ancestors.</summary>
    public string[] Offered { get; set; } = [];

    /// <summary>Theme ids sought, with their ancestors.</summary>
    public string[] Sought { get; set; } = [];

    /// <summary>The themes as the actor named them (without ancestors), for reasons.</summary>
    public string[] OfferedNamed { get; set; } = [];

    public string[] SoughtNamed { get; set; } = [];
}
