using Matchmaking.Abstractions.Access;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Grains.Access;

/// <summary>What the access registry stores: users (with PBKDF2 password hashes) and API keys (SHA-256 hashes only).</summary>
public sealed class AccessState
{
    public List<StoredUser> Users { get; set; } = [];

    public List<StoredApiKey> Keys { get; set; } = [];

    public AccessState Copy() => new() { Users = [.. Users], Keys = [.. Keys] };
}

public sealed record StoredUser(string Id, string Name, string Role, ActorRef? Actor, string? PasswordHash, DateTimeOffset CreatedAt, string? Email = null, string? Language = null)
{
    public UserAccount Account => new(Id, Name, Role, Actor, Email, Language);
}

public sealed record StoredApiKey(string KeyId, string UserId, string Prefix, string Hash, string? Label, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public ApiKeyInfo Info => new(KeyId, UserId, Prefix, Label, CreatedAt, RevokedAt);
}

/// <summary>Where the access registry keeps its state.</summary>
