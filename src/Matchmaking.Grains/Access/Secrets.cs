using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Matchmaking.Grains.Access;

/// <summary>Password hashing (PBKDF2-SHA256, salted) and API keys (random, stored as SHA-256 hashes).</summary>
public static class Secrets
{
    /// <summary>What every API key starts with, before its id: <c>mmk_{keyId}_{secret}</c>.</summary>
    public const string KeyPrefix = "mmk_";

    private const string Algorithm = "pbkdf2-sha256";
    private const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    // Compared against when the user is unknown, so that the answer takes as long either way.
    private static readonly string DummyHash = HashPassword("not a password of anyone");

    /// <summary><c>pbkdf2-sha256$iterations$salt$hash</c> (base64 parts).</summary>
    public static string HashPassword(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Algorithm, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when <paramref name="password"/> matches <paramref name="stored"/>; constant-time compare; false for a null or malformed hash.</summary>
    public static bool VerifyPassword(string password, string? stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        var parts = (stored ?? DummyHash).Split('$');
        if (parts.Length != 4 || parts[0] != Algorithm
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected) && stored is not null;
    }

    /// <summary>A new key: its id, the key itself (shown once), its public prefix and its hash.</summary>
    public static (string KeyId, string Key, string Prefix, string Hash) NewApiKey()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = $"{KeyPrefix}{keyId}_{secret}";
        return (keyId, key, KeyPrefix + keyId, HashKey(key));
    }

    /// <summary>The SHA-256 of a key, lowercase hex: what is stored and looked up.</summary>
    public static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
