namespace Matchmaking.Client;

/// <summary>What a bulk import did; <see cref="Errors"/> name the failed items by their index in the request (or in the whole sequence for <see cref="MatchmakingClient.ImportAllAsync"/>).</summary>
public sealed record ImportResult(int Created, int Updated, int Unchanged, int Failed, IReadOnlyList<ImportItemError> Errors)
{
    public static ImportResult Empty { get; } = new(0, 0, 0, 0, []);
}

/// <summary>Why one item of an import failed: field path → messages.</summary>
public sealed record ImportItemError(int Index, string? Id, string? Kind, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>How far a batched import has come: items sent so far out of all.</summary>
public readonly record struct ImportProgress(int Sent, int Total);
