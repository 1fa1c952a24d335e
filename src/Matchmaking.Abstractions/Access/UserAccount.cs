using System.Text.Json.Serialization;
using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Access;

/// <summary>
/// Who a signed-in user is: an id (a lowercase slug), a display name, a role (<see cref="Roles"/>) and, for a
/// member, the actor it is bound to.
/// </summary>
[GenerateSerializer, Alias("mm.UserAccount"), Immutable]
public sealed record UserAccount(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Role,
    [property: Id(3)] ActorRef? Actor = null,
    [property: Id(4)] string? Email = null,
    [property: Id(5)] string? Language = null);

/// <summary>What anyone may know of an API key: never the key or its hash. <see cref="Prefix"/> is the key's first, public characters.</summary>
[GenerateSerializer, Alias("mm.ApiKeyInfo"), Immutable]
public sealed record ApiKeyInfo(
    [property: Id(0)] string KeyId,
    [property: Id(1)] string UserId,
    [property: Id(2)] string Prefix,
    [property: Id(3)] string? Label,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] DateTimeOffset? RevokedAt = null);

/// <summary>A user as the admin API shows it: the account, whether it can sign in with a password, and its keys (without secrets).</summary>
[GenerateSerializer, Alias("mm.UserInfo"), Immutable]
public sealed record UserInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Role,
    [property: Id(3)] ActorRef? Actor,
    [property: Id(4)] bool HasPassword,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] IReadOnlyList<ApiKeyInfo> Keys,
    [property: Id(7)] string? Email = null,
    [property: Id(8)] string? Language = null)
{
    [JsonIgnore]
    public UserAccount Account => new(Id, Name, Role, Actor, Email, Language);
}

/// <summary>A new API key to store: only its SHA-256 hash (hex) and its public prefix; the key itself is shown once and never kept.</summary>
[GenerateSerializer, Alias("mm.NewApiKey"), Immutable]
public sealed record NewApiKey(
    [property: Id(0)] string KeyId,
    [property: Id(1)] string Prefix,
    [property: Id(2)] string Hash,
    [property: Id(3)] string? Label,
    [property: Id(4)] DateTimeOffset CreatedAt);

/// <summary>A new user to store; <see cref="PasswordHash"/> is a PBKDF2 hash (never a password), or null for an API-only user.</summary>
[GenerateSerializer, Alias("mm.NewUser"), Immutable]
public sealed record NewUser(
    [property: Id(0)] UserAccount Account,
    [property: Id(1)] string? PasswordHash,
    [property: Id(2)] DateTimeOffset CreatedAt);

/// <summary>An account with its PBKDF2 password hash (null when it signs in with API keys only). Stays inside the silo.</summary>
[GenerateSerializer, Alias("mm.UserCredentials"), Immutable]
public sealed record UserCredentials(
    [property: Id(0)] UserAccount Account,
    [property: Id(1)] string? PasswordHash);
