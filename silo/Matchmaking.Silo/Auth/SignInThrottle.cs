using System.Collections.Concurrent;
using System.Net;

namespace Matchmaking.Silo.Auth;

/// <summary>
/// How many wrong passwords lock signing in, and for how long: <c>Auth:SignIn:MaxFailuresPerUser</c> (5) wrong
/// passwords for one user name, or <c>Auth:SignIn:MaxFailuresPerAddress</c> (20) from one client address (offices
/// share one), within <c>Auth:SignIn:Window</c> (15 minutes) lock that user name or address for the window.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "Auth:SignIn";

    public int MaxFailuresPerUser { get; set; } = 5;

    public int MaxFailuresPerAddress { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Counts wrong passwords per user name and per client address, on the clock it is given (<see cref="TimeProvider"/>,
/// so tests move time instead of waiting). Once a user name or an address reaches its limit within the window, every
/// sign-in for it — the right password too — is refused until the window has passed since the last failure that
/// counted (<see cref="RetryAfter"/>). A right password while not locked forgets that user name's failures (not the
/// address's: one's own account must not reset the count of guesses at others). Kept in this process's memory: each
/// silo or front end counts the attempts it receives.
/// </summary>
public sealed class SignInThrottle(SignInThrottleOptions options, TimeProvider clock)
{
    // Beyond this many tracked names and addresses, expired ones are dropped at the next failure.
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);

    public SignInThrottleOptions Options { get; } = options;

    /// <summary>How long signing in stays refused for this user name or address; null when it is allowed now.</summary>
    public TimeSpan? RetryAfter(string? userName, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        var wait = TimeSpan.Zero;
        foreach (var key in Keys(userName, address))
        {
            if (counters.TryGetValue(key, out var counter) && counter.LockedUntil(now) is { } until && until - now > wait)
            {
                wait = until - now;
            }
        }

        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>A wrong password (or an unknown user name): counts for both the name and the address.</summary>
    public void Failed(string? userName, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        foreach (var key in Keys(userName, address))
        {
            var limit = key.StartsWith("user:", StringComparison.Ordinal) ? Options.MaxFailuresPerUser : Options.MaxFailuresPerAddress;
            counters.GetOrAdd(key, _ => new Counter()).Fail(now, Options.Window, limit);
        }

        if (counters.Count > PruneAbove)
        {
            foreach (var (key, counter) in counters)
            {
                if (counter.Expired(now, Options.Window))
                {
                    counters.TryRemove(key, out _);
                }
            }
        }
    }

    /// <summary>The right password while not locked: the user name's failures are forgotten.</summary>
    public void Succeeded(string? userName) => counters.TryRemove(UserKey(userName), out _);

    private static IEnumerable<string> Keys(string? userName, IPAddress? address)
    {
        yield return UserKey(userName);
        if (address is not null)
        {
            yield return "address:" + (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
        }
    }

    private static string UserKey(string? userName) => "user:" + (userName ?? "").Trim().ToLowerInvariant();

    private sealed class Counter
    {
        private readonly Queue<DateTimeOffset> failures = new();
        private DateTimeOffset lockedUntil = DateTimeOffset.MinValue;

        public void Fail(DateTimeOffset now, TimeSpan window, int limit)
        {
            lock (failures)
            {
                while (failures.Count > 0 && failures.Peek() <= now - window)
                {
                    failures.Dequeue();
                }

                failures.Enqueue(now);
                if (failures.Count >= Math.Max(1, limit))
                {
                    lockedUntil = now + window;
                    failures.Clear();
                }
            }
        }

        public DateTimeOffset? LockedUntil(DateTimeOffset now)
        {
            lock (failures)
            {
                return lockedUntil > now ? lockedUntil : null;
            }
        }

        public bool Expired(DateTimeOffset now, TimeSpan window)
        {
            lock (failures)
            {
                return lockedUntil <= now && (failures.Count == 0 || failures.Last() <= now - window);
            }
        }
    }
}
