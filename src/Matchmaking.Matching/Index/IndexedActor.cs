using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Index;

/// <summary>What the index keeps of one actor: no text, only ids, counts and the fields scoring reads.</summary>
internal sealed class IndexedActor(int document, string key)
{
    // Employees and the update time are kept in 14 bytes instead of 24 (a nullable int, a date and an offset).
    private const int UnknownEmployees = int.MinValue;
    private int employees = UnknownEmployees;
    private long updatedTicks;
    private short updatedOffsetMinutes;
    private byte language;

    public int Document { get; } = document;

    public string Key { get; } = key;

    public bool Live { get; set; }

    public ActorType Type { get; set; }

    public string Name { get; set; } = "";

    public Place Place { get; set; } = new();

    public string? Stage { get; set; }

    public int? Employees
    {
        get => employees == UnknownEmployees ? null : employees;
        set => employees = value ?? UnknownEmployees;
    }

    public int PastProjects { get; set; }

    public DateTimeOffset UpdatedAt
    {
        get => new(updatedTicks, TimeSpan.FromMinutes(updatedOffsetMinutes));
        set => (updatedTicks, updatedOffsetMinutes) = (value.Ticks, (short)value.TotalOffsetMinutes);
    }

    /// <summary>The language its reasons are written in when it asks (see <see cref="ProfileAnalysis.LanguageOf"/>); a byte, where the object has room.</summary>
    public Language Language
    {
        get => (Language)language;
        set => language = (byte)value;
    }

    public bool Suggestible { get; set; }

    public bool MembersOnly { get; set; }

    /// <summary>Its sentence embeddings, when the edge computed them (null: the semantic factor is 0 for it).</summary>
    public Semantics.ProfileVectors? Vectors { get; set; }

    /// <summary>The term vectors of the three fields, packed (see <see cref="Index.PackedTerms"/>).</summary>
    public byte[] PackedTerms { get; set; } = Index.PackedTerms.Empty;

    /// <summary>Theme ids offered, with their ancestors.</summary>
    public ThemeList Offered { get; set; } = ThemeList.Empty;

    /// <summary>Theme ids sought, with their ancestors.</summary>
    public ThemeList Sought { get; set; } = ThemeList.Empty;

    /// <summary>The themes as the actor named them (without ancestors), for reasons.</summary>
    public string[] OfferedNamed { get; set; } = [];

    public string[] SoughtNamed { get; set; } = [];

    /// <summary>
    /// Reads one value of each object that scoring reads of the actor (the actor itself, its theme lists, its place)
    /// and mixes them into a number for the caller to keep. Over many actors in a loop, these reads do not depend on
    /// one another, so the processor overlaps their cache misses; the scoring that follows finds the objects cached.
    /// </summary>
    public int Warm() =>
        Document ^ Offered.Numbers.Length ^ Sought.Numbers.Length ^ SoughtNamed.Length ^ (Place.Province?.Length ?? 0);

    /// <summary>The field's term vector (decoded: a new copy each time).</summary>
    public TermVector Terms(MatchField field) => Index.PackedTerms.Field(PackedTerms, field);

    /// <summary>The frequency of <paramref name="term"/> in the field, 0 when absent (without decoding the vector).</summary>
    public int FrequencyOf(MatchField field, int term) => Index.PackedTerms.FrequencyOf(PackedTerms, field, term);
}
