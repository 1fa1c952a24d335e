using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Grains.Directory;

/// <summary>What the directory keeps of one actor: its summary, the themes it offers and seeks, and its searchable text.</summary>
internal sealed record DirectoryEntry(
    ActorSummary Summary,
    IReadOnlySet<string> OfferedThemes,
    IReadOnlySet<string> SoughtThemes,
    string FoldedText,
    string SortKey,
    ActorVisibility Visibility = ActorVisibility.Public)
{
    /// <summary>The offered themes as <see cref="ThemeBits"/>; <see cref="MasksComplete"/> when every theme has its bit.</summary>
    public ulong OfferedMask { get; init; }

    public ulong SoughtMask { get; init; }

    /// <summary>The <see cref="TrigramSketch"/> of <see cref="FoldedText"/>.</summary>
    public ulong[] TextSketch { get; init; } = [];

    /// <summary>Whether the masks hold all the entry's themes (else filters compare the sets).</summary>
    public bool MasksComplete { get; init; } = true;
}
