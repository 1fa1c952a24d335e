using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Matchmaking.Abstractions.Access;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Grains.Access;

/// <summary>
/// Users and API keys: creates and checks them through the access registry grain, hashing passwords (PBKDF2) and
/// keys (SHA-256) on the way in, so neither is ever stored or answered in clear. Builds the principal of a
/// signed-in user. A bootstrap admin key (<see cref="AccessOptions.BootstrapAdminKey"/>) is checked in memory.
/// </summary>
public sealed class UserAccounts(IGrainFactory grains, TimeProvider clock, AccessOptions options)
{
    /// <summary>The claim that names a member's actor, as <c>kind/id</c> (e.g. <c>company/acme</c>).</summary>
    public const string ActorClaim = "actor";

    /// <summary>The user the bootstrap admin key signs in as (reserved: no stored user can take the id).</summary>
    public const string BootstrapUserId = "bootstrap-admin";

    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 200;
    public const int MaxNameLength = 200;

    private static readonly UserAccount BootstrapAdmin = new(BootstrapUserId, "Bootstrap admin", Roles.Admin);

    private readonly byte[]? bootstrapHash = options.BootstrapAdminKey is { Length: > 0 } key
        ? SHA256.HashData(Encoding.UTF8.GetBytes(key))
        : null;

    private IAccessGrain Registry => grains.GetGrain<IAccessGrain>(AccessKeys.Registry);

    /// <summary>The user when <paramref name="password"/> is theirs; null otherwise (unknown user, no password, wrong password).</summary>
    public async Task<UserAccount?> VerifyPasswordAsync(string userId, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var credentials = userId is { Length: > 0 } && ActorIds.IsValid(userId.Trim().ToLowerInvariant())
            ? await Registry.GetCredentialsAsync(userId.Trim().ToLowerInvariant())
            : null;
        var matches = Secrets.VerifyPassword(password, credentials?.PasswordHash);
        return matches ? credentials!.Account : null;
    }

    /// <summary>The owner of a live API key (the bootstrap key included); null for a wrong or revoked key.</summary>
    public async Task<UserAccount?> FindByApiKeyAsync(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200)
        {
            return null;
        }

        if (bootstrapHash is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), bootstrapHash))
        {
            return BootstrapAdmin;
        }

        return key.StartsWith(Secrets.KeyPrefix, StringComparison.Ordinal) ? await Registry.FindByKeyHashAsync(Secrets.HashKey(key)) : null;
    }

    /// <summary>The account of a user id (the bootstrap admin included), or null when it no longer exists.</summary>
    public async Task<UserAccount?> FindAsync(string userId) =>
        userId == BootstrapUserId ? (bootstrapHash is null ? null : BootstrapAdmin) : (await Registry.GetUserAsync(userId))?.Account;

    public Task<IReadOnlyList<UserInfo>> ListAsync() => Registry.ListUsersAsync();

    public Task<UserInfo?> GetAsync(string userId) => ActorIds.IsValid(userId) ? Registry.GetUserAsync(userId) : Task.FromResult<UserInfo?>(null);

    /// <summary>
    /// Creates a user; throws <see cref="ValidationFailedException"/> naming the wrong fields (id, name, role, actor,
    /// password); null when the id is taken.
    /// </summary>
    public Task<UserInfo?> CreateAsync(UserAccount account, string? password)
    {
        ArgumentNullException.ThrowIfNull(account);
        var tidy = account with
        {
            Id = (account.Id ?? "").Trim(),
            Name = (account.Name ?? "").Trim(),
            Role = (account.Role ?? "").Trim().ToLowerInvariant(),
            Email = Profiles.Text.Tidy(account.Email),
            Language = Profiles.Text.Tidy(account.Language)?.ToLowerInvariant(),
        };
        var errors = Check(tidy, password);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return Registry.CreateUserAsync(new NewUser(tidy, password is null ? null : Secrets.HashPassword(password), clock.GetUtcNow()));
    }

    public Task<bool> DeleteAsync(string userId) => ActorIds.IsValid(userId) ? Registry.DeleteUserAsync(userId) : Task.FromResult(false);

    /// <summary>A new API key for the user: the key is in the answer and nowhere else. Null when the user is unknown.</summary>
    public async Task<CreatedApiKey?> CreateApiKeyAsync(string userId, string? label)
    {
        if (!ActorIds.IsValid(userId))
        {
            return null;
        }

        var label1 = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
        if (label1 is { Length: > MaxNameLength })
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["label"] = [$"At most {MaxNameLength} characters."] });
        }

        if (Profiles.SafeText.Problem(label1) is { } labelProblem)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["label"] = [labelProblem] });
        }

        var (keyId, key, prefix, hash) = Secrets.NewApiKey();
        var info = await Registry.AddKeyAsync(userId, new NewApiKey(keyId, prefix, hash, label1, clock.GetUtcNow()));
        return info is null ? null : new CreatedApiKey(info, key);
    }

    /// <summary>Revokes a key: it stops working at once. Null when unknown.</summary>
    public Task<ApiKeyInfo?> RevokeApiKeyAsync(string keyId) => Registry.RevokeKeyAsync(keyId, clock.GetUtcNow());

    /// <summary>Creates the given users when the registry has no user at all (the demo's first start); returns how many.</summary>
    public async Task<int> SeedAsync(IEnumerable<(UserAccount Account, string? Password)> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        if ((await Registry.ListUsersAsync()).Count > 0)
        {
            return 0;
        }

        var count = 0;
        foreach (var (account, password) in users)
        {
            count += await CreateAsync(account, password) is null ? 0 : 1;
        }

        return count;
    }

    /// <summary>
    /// The principal of a signed-in user, for <paramref name="scheme"/>: claims NameIdentifier (id), Name, Role and,
    /// for a member, <see cref="ActorClaim"/> (<c>kind/id</c>).
    /// </summary>
#pragma warning disable CA1822 // an instance method: callers hold the service, not the type
    public ClaimsPrincipal PrincipalFor(UserAccount user, string scheme)
#pragma warning restore CA1822
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role),
        };
        if (user.Actor is { } actor)
        {
            claims.Add(new Claim(ActorClaim, actor.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    // One '@' between a local part and a dotted domain, no spaces or control characters: what a mail server takes.
    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return email.Length <= 254 && at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.')
            && !email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"');
    }

    private static Dictionary<string, string[]> Check(UserAccount account, string? password)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (ActorIds.Problem(account.Id) is { } idProblem)
        {
            errors["id"] = [idProblem];
        }
        else if (account.Id == BootstrapUserId)
        {
            errors["id"] = [$"'{BootstrapUserId}' is reserved for the bootstrap key."];
        }

        if (account.Name.Length is 0 or > MaxNameLength)
        {
            errors["name"] = [$"A name is required, at most {MaxNameLength} characters."];
        }
        else if (Profiles.SafeText.Problem(account.Name) is { } nameProblem)
        {
            errors["name"] = [nameProblem];
        }

        if (!Roles.IsValid(account.Role))
        {
            errors["role"] = [$"One of {string.Join(", ", Roles.All)}."];
        }
        else if (account.Role == Roles.Member && account.Actor is null)
        {
            errors["actor"] = ["A member is bound to one actor: {\"kind\":\"company\",\"id\":\"…\"}."];
        }
        else if (account.Role != Roles.Member && account.Actor is not null)
        {
            errors["actor"] = ["Only members are bound to an actor."];
        }
        else if (account.Actor is { } actor && ActorIds.Problem(actor.Id) is { } actorProblem)
        {
            errors["actor.id"] = [actorProblem];
        }

        if (account.Email is { } email && !IsEmail(email))
        {
            errors["email"] = ["An e-mail address such as nome@azienda.it (at most 254 characters)."];
        }

        if (account.Language is not (null or "it" or "en"))
        {
            errors["language"] = ["'it' or 'en': the language of the member's digests."];
        }

        if (password is not null && (password.Length < MinPasswordLength || password.Length > MaxPasswordLength))
        {
            errors["password"] = [$"From {MinPasswordLength} to {MaxPasswordLength} characters."];
        }

        return errors;
    }
}

/// <summary>A key just created: its description and the key itself, shown once.</summary>
public sealed record CreatedApiKey(ApiKeyInfo Info, string Key);
