using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Grains.Directory;

/// <summary>What the directory keeps of one actor: its summary, the themes it offers and seeks, and its searchable text.</summary>
internal sealed record DirectoryEntry(
    ActorSummary Summary,
    IReadOnlySet<string> OfferedThemes,
    IReadOnlySet<string> SoughtThemes,
    string FoldedText,
    string SortKey,
    ActorVisibility Visibility = ActorVisibility.Public);
