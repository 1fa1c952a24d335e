using System.Text.Json.Nodes;

namespace Matchmaking.Client;

/// <summary>The answer of <c>GET /api/export</c>: the profiles, and those stored that could not be read.</summary>
public sealed record ProfileExport(IReadOnlyList<JsonObject> Items, IReadOnlyList<UnreadableProfile>? Unreadable = null);

/// <summary>A stored profile the silo could not read: its kind, id and what was wrong.</summary>
public sealed record UnreadableProfile(string Kind, string Id, string? Problem);
