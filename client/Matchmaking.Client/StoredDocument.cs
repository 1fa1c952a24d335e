using System.Text.Json.Nodes;

namespace Matchmaking.Client;

/// <summary>A profile document as the silo stored it, its <c>ETag</c> (e.g. <c>"3"</c>, quotes included) and whether the write created it.</summary>
public sealed record StoredDocument(JsonObject Document, string? ETag, bool Created);
