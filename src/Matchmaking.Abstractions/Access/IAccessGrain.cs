using Orleans;
using Orleans.Concurrency;

namespace Matchmaking.Abstractions.Access;

/// <summary>
/// The registry of users and API keys (one grain, key <see cref="AccessKeys.Registry"/>): durable, every write
/// acknowledged once stored. Keeps password and key hashes only. Reach it through the silo's <c>UserAccounts</c>
/// service, which hashes passwords and keys.
/// </summary>
public interface IAccessGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<IReadOnlyList<UserInfo>> ListUsersAsync();

    /// <summary>The user, or null when unknown.</summary>
    [ReadOnly]
    Task<UserInfo?> GetUserAsync(string userId);

    /// <summary>The account and its password hash (null when it has none), or null when the user is unknown.</summary>
    [ReadOnly]
    Task<UserCredentials?> GetCredentialsAsync(string userId);

    /// <summary>Stores a new user; null when the id is taken (nothing changed).</summary>
    Task<UserInfo?> CreateUserAsync(NewUser user);

    /// <summary>Deletes the user and its keys; false when unknown.</summary>
    Task<bool> DeleteUserAsync(string userId);

    /// <summary>Adds a key to the user; null when the user is unknown.</summary>
    Task<ApiKeyInfo?> AddKeyAsync(string userId, NewApiKey key);

    /// <summary>Revokes a key at once (idempotent); null when unknown.</summary>
    Task<ApiKeyInfo?> RevokeKeyAsync(string keyId, DateTimeOffset at);

    /// <summary>The owner of the live (not revoked) key with this SHA-256 hash, or null.</summary>
    [ReadOnly]
    Task<UserAccount?> FindByKeyHashAsync(string keyHash);
}

/// <summary>Grain keys of the access registry.</summary>
public static class AccessKeys
{
    /// <summary>The one registry of a silo.</summary>
    public const string Registry = "registry";
}
