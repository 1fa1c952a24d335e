using System.Net;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using Matchmaking.Silo.Auth;

namespace Matchmaking.EndToEnd.Tests.Security;

/// <summary>A silo whose sign-in locks one address after 8 wrong passwords (5 per user name, the default).</summary>
public sealed class ThrottledSiloFixture() : SiloFixture(demo: false, new Dictionary<string, string> { ["Auth__SignIn__MaxFailuresPerAddress"] = "8" });

/// <summary>Wrong passwords lock signing in per user name and per address: 429 with Retry-After, the right password refused too.</summary>
public sealed class SignInThrottleTests
{
    /// <summary>Against the real silo; each test has its own silo, since the address lock holds for every user.</summary>
    public sealed class PerUser(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
    {
        [Fact]
        public async Task Five_wrong_passwords_lock_the_user_name_the_right_password_included()
        {
            var user = await fixture.CreateUserAsync("coach", password: "the-right-password");
            var other = await fixture.CreateUserAsync("coach", password: "another-password");
            using var browser = new BrowserSession(fixture.Silo.BaseAddress);
            for (var i = 0; i < 5; i++)
            {
                using var wrong = await browser.SignInAsync(user.Id, $"wrong-{i}");
                Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            }

            using var locked = await browser.SignInAsync(user.Id, "the-right-password");
            Assert.Equal((HttpStatusCode)429, locked.StatusCode);
            var retryAfter = locked.Headers.RetryAfter?.Delta;
            Assert.NotNull(retryAfter);
            Assert.InRange(retryAfter.Value.TotalSeconds, 14 * 60, 15 * 60);
            var html = await locked.Content.ReadAsStringAsync();
            Assert.Contains("Troppe password errate: riprova fra 15 minuti.", html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("api/me")).StatusCode);

            // A client asking for JSON gets problem details; English when asked.
            using var json = await browser.SignInAsync(user.Id.ToUpperInvariant(), "the-right-password", accept: "application/json");
            Assert.Equal((HttpStatusCode)429, json.StatusCode);
            Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(json.Headers.RetryAfter?.Delta);
            var problem = await json.ReadObjectAsync();
            Assert.Equal(429, (int)problem["status"]!);
            Assert.Equal("Troppi tentativi di accesso.", (string?)problem["title"]);
            using var english = new BrowserSession(fixture.Silo.BaseAddress);
            await english.Http.GetAsync("signin?lang=en");
            using var inEnglish = await english.SignInAsync(user.Id, "the-right-password", accept: "application/problem+json");
            Assert.Equal("Too many wrong passwords: try again in 15 minutes.", (string?)(await inEnglish.ReadObjectAsync())["detail"]);

            // Another user from the same address is not locked (5 failures are below the address limit).
            using var fine = await browser.SignInAsync(other.Id, "another-password");
            Assert.Equal(HttpStatusCode.Found, fine.StatusCode);
        }

        [Fact]
        public async Task A_right_password_before_the_limit_forgets_the_wrong_ones()
        {
            var user = await fixture.CreateUserAsync("coach", password: "the-right-password");
            using var browser = new BrowserSession(fixture.Silo.BaseAddress);
            for (var round = 0; round < 2; round++)
            {
                for (var i = 0; i < 4; i++)
                {
                    Assert.Equal(HttpStatusCode.BadRequest, (await browser.SignInAsync(user.Id, "wrong")).StatusCode);
                }

                Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync(user.Id, "the-right-password")).StatusCode);
            }
        }
    }

    public sealed class PerAddress(ThrottledSiloFixture fixture) : IClassFixture<ThrottledSiloFixture>
    {
        [Fact]
        public async Task Wrong_passwords_for_many_user_names_lock_the_address()
        {
            var victim = await fixture.CreateUserAsync("coach", password: "the-right-password");
            using var browser = new BrowserSession(fixture.Silo.BaseAddress);
            for (var i = 0; i < 8; i++)
            {
                Assert.Equal(HttpStatusCode.BadRequest, (await browser.SignInAsync($"guess-{i}", "wrong")).StatusCode);
            }

            using var locked = await browser.SignInAsync(victim.Id, "the-right-password");
            Assert.Equal((HttpStatusCode)429, locked.StatusCode);
            Assert.NotNull(locked.Headers.RetryAfter?.Delta);

            // API keys are not passwords: they keep working from the locked address.
            Assert.Equal(HttpStatusCode.OK, (await fixture.ClientFor(victim).GetAsync("api/me")).StatusCode);
        }
    }

    /// <summary>The throttle on a clock the test moves: the lock ends with its window, without waiting for it.</summary>
    public sealed class OnAClock
    {
        private static readonly IPAddress Address = IPAddress.Parse("192.0.2.7");
        private readonly ManualClock clock = new();
        private readonly SignInThrottle throttle;

        public OnAClock() => throttle = new SignInThrottle(new SignInThrottleOptions(), clock);

        [Fact]
        public void The_lock_lasts_the_window_then_signing_in_works_again()
        {
            for (var i = 0; i < 4; i++)
            {
                throttle.Failed("Admin", Address);
                clock.Advance(TimeSpan.FromSeconds(10));
            }

            Assert.Null(throttle.RetryAfter("admin", Address));
            throttle.Failed(" admin ", Address);
            Assert.Equal(TimeSpan.FromMinutes(15), throttle.RetryAfter("admin", null));
            Assert.Null(throttle.RetryAfter("someone-else", IPAddress.Loopback));

            clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
            Assert.Equal(TimeSpan.FromSeconds(1), throttle.RetryAfter("admin", Address));

            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Null(throttle.RetryAfter("admin", Address));

            // After the lock, the count starts again from zero.
            throttle.Failed("admin", Address);
            Assert.Null(throttle.RetryAfter("admin", Address));
        }

        [Fact]
        public void Failures_older_than_the_window_do_not_count()
        {
            for (var i = 0; i < 4; i++)
            {
                throttle.Failed("coach", Address);
            }

            clock.Advance(TimeSpan.FromMinutes(16));
            for (var i = 0; i < 4; i++)
            {
                throttle.Failed("coach", Address);
            }

            Assert.Null(throttle.RetryAfter("coach", Address));
        }

        [Fact]
        public void The_address_locks_after_its_own_limit_and_a_success_does_not_reset_it()
        {
            for (var i = 0; i < 19; i++)
            {
                throttle.Failed($"user-{i}", Address);
            }

            throttle.Succeeded("user-0");
            Assert.Null(throttle.RetryAfter("fresh-user", Address));
            throttle.Failed("user-19", Address);
            Assert.Equal(TimeSpan.FromMinutes(15), throttle.RetryAfter("fresh-user", Address));
            Assert.Equal(TimeSpan.FromMinutes(15), throttle.RetryAfter("fresh-user", IPAddress.Parse("::ffff:192.0.2.7")));
            Assert.Null(throttle.RetryAfter("fresh-user", IPAddress.Loopback));
        }

        private sealed class ManualClock : TimeProvider
        {
            private DateTimeOffset now = new(2027, 2, 28, 9, 0, 0, TimeSpan.Zero);

            public override DateTimeOffset GetUtcNow() => now;

            public void Advance(TimeSpan by) => now += by;
        }
    }
}
