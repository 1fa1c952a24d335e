using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Security.Expect;

namespace Matchmaking.EndToEnd.Tests.Security;

/// <summary>What a caller must get from an endpoint.</summary>
public enum Expect
{
    /// <summary>2xx.</summary>
    Ok,

    /// <summary>Let through: neither 401 nor 403 (the handler may still answer 400 or 404 for the request itself), never 5xx.</summary>
    Passes,

    Unauthorized,
    Forbidden,
    NotFound,

    /// <summary>403 or 404.</summary>
    Denied,
}

/// <summary>
/// Every endpoint of the OpenAPI document × every kind of caller (anonymous, wrong key, revoked key, member of A, member
/// of B, coach, admin) against the real silo: allowed or denied as docs/API.md says. An endpoint without a row here
/// fails the test, as does a row without an endpoint. Every answer is one its operation names, and a success answer
/// reads as its documented schema (<see cref="AnswerSchemas.Check"/>). No answer carries an API key or its hash.
/// </summary>
public sealed class SecurityMatrixTests(SecuritySiloFixture fixture) : IClassFixture<SecuritySiloFixture>
{
    private static readonly Caller[] Callers = Enum.GetValues<Caller>();

    [Fact]
    public async Task Every_endpoint_allows_and_denies_each_role_as_documented_and_no_answer_leaks_a_key()
    {
        var world = await fixture.World;
        var rows = Rows(world);
        var document = (await fixture.Anonymous.GetFromJsonAsync<JsonObject>("openapi/v1.json"))!;
        var operations = Operations(document);
        var answers = operations.ToDictionary(o => o.Key, o => Answers(o.Value), StringComparer.Ordinal);
        var documented = answers.Keys.ToHashSet(StringComparer.Ordinal);
        Assert.Empty(documented.Except(rows.Select(r => r.Endpoint)).Select(e => $"no security row for {e}"));
        Assert.Empty(rows.Select(r => r.Endpoint).Except(documented).Select(e => $"a row for {e}, which the OpenAPI document does not have"));

        var failures = new List<string>();
        var bodies = new List<string>();
        foreach (var row in rows)
        {
            foreach (var caller in Callers)
            {
                using var request = await row.Request(caller);
                using var response = await world.Clients[caller].SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var expected = row.Expected(caller);
                if (!Holds(expected, response.StatusCode))
                {
                    failures.Add($"{row.Endpoint} as {caller}: expected {expected}, got {(int)response.StatusCode} {Shorten(body)}");
                }

                // Every answer is one the OpenAPI document names for the operation, in the media type it names.
                var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!answers[row.Endpoint].TryGetValue(status, out var mediaTypes))
                {
                    failures.Add($"{row.Endpoint} as {caller}: {status} is not among the documented answers ({string.Join(", ", answers[row.Endpoint].Keys)})");
                }
                else if (response.Content.Headers.ContentType?.MediaType is { } mediaType && mediaTypes.Count > 0
                    && !mediaTypes.Any(m => m.StartsWith(mediaType, StringComparison.OrdinalIgnoreCase)))
                {
                    failures.Add($"{row.Endpoint} as {caller}: {status} as {mediaType}, documented as {string.Join(", ", mediaTypes)}");
                }
                else if (status[0] == '2' && response.Content.Headers.ContentType?.MediaType == "application/json")
                {
                    // A success answer reads as its documented schema: its property names, types and enumeration names.
                    var schema = operations[row.Endpoint]["responses"]![status]!["content"]!["application/json"]!["schema"]!;
                    failures.AddRange(AnswerSchemas.Check(document, schema, JsonNode.Parse(body)).Select(p => $"{row.Endpoint} as {caller}: {status} {p}"));
                }

                if (!(row.ShowsKey && caller == Caller.Admin))
                {
                    bodies.Add(body);
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n{string.Join("\n", failures)}");
        var secrets = world.Keys.SelectMany(k => new[] { k, Sha256Hex(k), Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(k))), Secret(k) }).ToList();
        Assert.All(bodies, body => Assert.DoesNotContain(secrets, s => body.Contains(s, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Every_endpoint_declares_what_it_needs()
    {
        await fixture.World;
        Assert.DoesNotContain("declares no authorization requirement", fixture.Silo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once_and_a_deleted_user_keys_too()
    {
        var world = await fixture.World;
        var user = await fixture.CreateUserAsync("coach");
        var client = fixture.ClientFor(user);
        using (var me = await client.GetAsync("api/me"))
        {
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Equal(user.Id, (string?)(await me.ReadObjectAsync())["id"]);
        }

        using (var revoke = await world.Admin.DeleteAsync($"api/keys/{user.KeyId}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using (var after = await client.GetAsync("api/me"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
            Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
        }

        var other = await fixture.CreateUserAsync("coach");
        using (var delete = await world.Admin.DeleteAsync($"api/users/{other.Id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        using var gone = await fixture.ClientFor(other).GetAsync("api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, gone.StatusCode);
    }

    [Fact]
    public async Task Anonymous_writes_answer_401_problem_details_not_a_redirect()
    {
        var world = await fixture.World;
        using var response = await fixture.Anonymous.PutAsync($"api/companies/{world.A}", JsonContent.Create(world.Stored[world.A]));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    // Each documented operation ("GET /api/companies/{id}") by its method and path.
    private static Dictionary<string, JsonNode> Operations(JsonObject document)
    {
        var endpoints = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                if (method is "get" or "put" or "post" or "delete" or "patch")
                {
                    endpoints[$"{method.ToUpperInvariant()} {path.TrimEnd('/')}"] = operation!;
                }
            }
        }

        return endpoints;
    }

    // An operation's answers: status code -> media types.
    private static Dictionary<string, List<string>> Answers(JsonNode operation) => operation["responses"]!.AsObject().ToDictionary(
        r => r.Key,
        r => r.Value!["content"]?.AsObject().Select(c => c.Key).ToList() ?? [],
        StringComparer.Ordinal);

    private static List<Entry> Rows(SecurityWorld w)
    {
        var coach = w.Users[Caller.Coach].Id;
        var rows = new List<Entry>
        {
            Row("GET", "/api/actors", "api/actors?pageSize=200", Everyone),
            Row("POST", "/api/suggestions", "api/suggestions", Everyone, new { brief = $"cerchiamo {SecurityWorld.RarePhrase}" }),
            Row("POST", "/api/import", "api/import", AdminOnly, new { items = Array.Empty<object>() }),
            Row("POST", "/api/import/check", "api/import/check", AdminOnly, new { items = Array.Empty<object>() }),
            Row("GET", "/api/export", "api/export", Everyone),
            Row("GET", "/health", "health", Everyone),
            Row("GET", "/api/me", "api/me", SignedIn),
            Row("GET", "/api/themes", "api/themes", Everyone),
            Row("GET", "/api/themes/{id}", $"api/themes/{SecurityWorld.Theme}", Everyone),
            Row("GET", "/api/themes/gaps", "api/themes/gaps", Coaches(Ok)),
            Row("GET", "/api/themes/{id}/gaps", $"api/themes/{SecurityWorld.Theme}/gaps", Coaches(Ok)),
            Row("GET", "/api/calls", "api/calls", Everyone),
            Row("GET", "/api/calls/{id}", "api/calls/sec-no-call", c => IsBadKey(c) ? Unauthorized : Passes),
            Row("PUT", "/api/calls/{id}", "api/calls/sec-no-call", AdminPasses, new { }),
            Row("DELETE", "/api/calls/{id}", "api/calls/sec-no-call", AdminPasses),
            Row("GET", "/api/calls/{id}/proposals", "api/calls/sec-no-call/proposals", Coaches(Passes)),
            Row("GET", "/api/coaches/{id}/proposals", $"api/coaches/{coach}/proposals", Coaches(Ok)),
            Row("POST", "/api/coaches/{id}/proposals", $"api/coaches/{coach}/proposals", Coaches(Passes), new { }),
            Row("GET", "/api/proposals/{id}", "api/proposals/sec-no-proposal", c => c switch
            {
                Caller.Anonymous or Caller.WrongKey or Caller.RevokedKey => Unauthorized,
                Caller.MemberA or Caller.MemberB => Denied,
                _ => Passes,
            }),
            Row("POST", "/api/proposals/{id}/propose", "api/proposals/sec-no-proposal/propose", Coaches(Passes)),
            Row("POST", "/api/proposals/{id}/start", "api/proposals/sec-no-proposal/start", Coaches(Passes)),
            Row("POST", "/api/proposals/{id}/drop", "api/proposals/sec-no-proposal/drop", Coaches(Passes)),
            Row("POST", "/api/proposals/{id}/decisions", "api/proposals/sec-no-proposal/decisions", c => c switch
            {
                Caller.Anonymous or Caller.WrongKey or Caller.RevokedKey => Unauthorized,
                Caller.MemberA or Caller.Admin => Passes,
                _ => Forbidden,
            }, new { member = new { kind = "company", id = w.A }, decision = "accept" }),
            Row("GET", "/api/users", "api/users", AdminOnly),
            Row("GET", "/api/users/{id}", $"api/users/{w.Users[Caller.MemberA].Id}", AdminOnly),
            new("POST /api/users", c => Task.FromResult(Json(HttpMethod.Post, "api/users", new { id = Documents.NewId("sec-new"), name = "Sec new", role = "coach" })), AdminOnly),
            new("DELETE /api/users/{id}", async c => new HttpRequestMessage(HttpMethod.Delete, $"api/users/{await w.NewUserIdAsync()}"), AdminOnly),
            new("POST /api/users/{id}/keys", c => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"api/users/{w.Throwaway.Id}/keys")), AdminOnly, ShowsKey: true),
            new("DELETE /api/keys/{keyId}", async c => new HttpRequestMessage(HttpMethod.Delete, $"api/keys/{await w.NewKeyIdAsync()}"), AdminOnly),
        };

        // An event and a course organised by company A (member A's): its organiser, coaches and admins manage it;
        // a member registers only its own actor (company P is nobody's: admins only).
        foreach (var plural in new[] { "events", "courses" })
        {
            var organisedByA = w.Events[plural];
            Func<Caller, Expect> managing = c => c switch
            {
                Caller.Anonymous or Caller.WrongKey or Caller.RevokedKey => Unauthorized,
                Caller.MemberB => Forbidden,
                _ => Ok,
            };
            rows.Add(Row("GET", $"/api/{plural}", $"api/{plural}", Everyone));
            rows.Add(Row("GET", $"/api/{plural}/{{id}}", $"api/{plural}/{organisedByA}", Everyone));
            rows.Add(Row("PUT", $"/api/{plural}/{{id}}", $"api/{plural}/{organisedByA}", managing, w.EventDocument()));
            rows.Add(new($"DELETE /api/{plural}/{{id}}", async c => new HttpRequestMessage(HttpMethod.Delete, $"api/{plural}/{await w.NewEventAsync(plural)}"), managing));
            rows.Add(Row("GET", $"/api/{plural}/{{id}}/registrations", $"api/{plural}/{organisedByA}/registrations", managing));
            rows.Add(Row("POST", $"/api/{plural}/{{id}}/registrations", $"api/{plural}/{organisedByA}/registrations", AdminOnly, new { member = new { kind = "company", id = w.P } }));
            rows.Add(new($"DELETE /api/{plural}/{{id}}/registrations", async c =>
            {
                await w.RegisterPAsync(plural, organisedByA);
                return Json(HttpMethod.Delete, $"api/{plural}/{organisedByA}/registrations", new { member = new { kind = "company", id = w.P } });
            }, managing));
            rows.Add(new($"DELETE /api/{plural}/{{id}}/registrations/{{memberKind}}/{{memberId}}", async c =>
            {
                await w.RegisterPAsync(plural, organisedByA);
                return new HttpRequestMessage(HttpMethod.Delete, $"api/{plural}/{organisedByA}/registrations/company/{w.P}");
            }, managing));
            rows.Add(Row("GET", $"/api/{plural}/{{id}}/calendar", $"api/{plural}/{organisedByA}/calendar", Everyone));
            rows.Add(Row("GET", $"/api/{plural}/{{id}}/speakers", $"api/{plural}/{organisedByA}/speakers", managing));
            rows.Add(Row("GET", $"/api/{plural}/{{id}}/attendees/{{memberKind}}/{{memberId}}/suggestions", $"api/{plural}/{organisedByA}/attendees/company/{w.P}/suggestions",
                c => managing(c) is Ok ? Passes : managing(c)));
        }

        // Spaces: the public sees accredited ones, coaches and admins write them, admins accredit; vouchers: admins
        // run the programme, startup B's member reads and spends the voucher B holds.
        Func<Caller, Expect> holderOrAdmin = c => c switch
        {
            Caller.Anonymous or Caller.WrongKey or Caller.RevokedKey => Unauthorized,
            Caller.Admin or Caller.MemberB => Ok,
            _ => Forbidden,
        };
        var programme = $"api/voucher-programmes/{w.Programme}";
        rows.AddRange(
        [
            Row("GET", "/api/spaces", "api/spaces", Everyone),
            Row("GET", "/api/spaces/{id}", $"api/spaces/{w.Space}", Everyone),
            Row("PUT", "/api/spaces/{id}", $"api/spaces/{w.Space}", Coaches(Ok), SecurityWorld.SpaceDocument()),
            Row("DELETE", "/api/spaces/{id}", "api/spaces/sec-no-space", AdminPasses),
            Row("POST", "/api/spaces/{id}/accreditation", $"api/spaces/{w.Space}/accreditation", AdminOnly, new { accredited = true }),
            Row("GET", "/api/startups/{id}/spaces", $"api/startups/{w.B}/spaces", c => c switch
            {
                Caller.Anonymous or Caller.WrongKey or Caller.RevokedKey => Unauthorized,
                Caller.Admin or Caller.Coach or Caller.MemberB => Ok,
                _ => Forbidden,
            }),
            Row("GET", "/api/voucher-programmes", "api/voucher-programmes", Everyone),
            Row("GET", "/api/voucher-programmes/{id}", programme, Everyone),
            Row("PUT", "/api/voucher-programmes/{id}", programme, AdminOnly, SecurityWorld.ProgrammeDocument()),
            Row("DELETE", "/api/voucher-programmes/{id}", "api/voucher-programmes/sec-no-programme", AdminPasses),
            Row("GET", "/api/voucher-programmes/{id}/vouchers", $"{programme}/vouchers", AdminOnly),
            new("POST /api/voucher-programmes/{id}/vouchers", c => Task.FromResult(Json(HttpMethod.Post, $"{programme}/vouchers",
                new { holder = new { name = Documents.NewId("Sec Persona"), birthDate = "2001-01-01" } })), AdminOnly),
            Row("GET", "/api/voucher-programmes/{id}/vouchers/{voucherId}", $"{programme}/vouchers/{w.Voucher}", holderOrAdmin),
            Row("POST", "/api/voucher-programmes/{id}/vouchers/{voucherId}/spend", $"{programme}/vouchers/{w.Voucher}/spend",
                c => holderOrAdmin(c) is Ok ? Passes : holderOrAdmin(c), new { space = w.Space }),
            Row("POST", "/api/voucher-programmes/{id}/vouchers/{voucherId}/revoke", $"{programme}/vouchers/v999999/revoke", AdminPasses),
            Row("GET", "/api/voucher-programmes/{id}/ledger", $"{programme}/ledger", AdminOnly),
            Row("GET", "/api/profiles/stale", "api/profiles/stale", AdminOnly),
            Row("POST", "/api/digests/issue", "api/digests/issue", AdminOnly),
            Row("GET", "/api/voucher-programmes/{id}/ledger.csv", $"{programme}/ledger.csv", AdminOnly),
        ]);

        // Company A is public (member A's), startup B members-only (member B's), researcher H hidden (nobody's here).
        foreach (var (kinds, id, owner, visibility) in new[]
        {
            ("companies", w.A, Caller.MemberA, "public"),
            ("startups", w.B, Caller.MemberB, "members"),
            ("researchers", w.H, (Caller?)null, "hidden"),
        })
        {
            Func<Caller, Expect> seeing = visibility switch
            {
                "public" => Everyone,
                "members" => c => c == Caller.Anonymous ? NotFound : IsBadKey(c) ? Unauthorized : Ok,
                _ => c => IsBadKey(c) ? Unauthorized : c == Caller.Admin ? Ok : NotFound,
            };
            Func<Caller, Expect> editing = c => c switch
            {
                Caller.Anonymous or Caller.WrongKey or Caller.RevokedKey => Unauthorized,
                Caller.Admin => Ok,
                _ when c == owner => Ok,
                _ => Forbidden,
            };
            Func<Caller, Expect> reading = c => c switch
            {
                Caller.Anonymous or Caller.WrongKey or Caller.RevokedKey => Unauthorized,
                Caller.Admin => Ok,
                _ when visibility == "hidden" => NotFound,
                Caller.Coach => Ok,
                _ when c == owner => Ok,
                _ => Forbidden,
            };
            rows.Add(Row("GET", $"/api/{kinds}", $"api/{kinds}?pageSize=200", Everyone));
            rows.Add(Row("GET", $"/api/{kinds}/{{id}}", $"api/{kinds}/{id}", seeing));
            rows.Add(new($"PUT /api/{kinds}/{{id}}", c => Task.FromResult(Json(HttpMethod.Put, $"api/{kinds}/{id}", w.Stored[id])), editing));
            rows.Add(Row("DELETE", $"/api/{kinds}/{{id}}", $"api/{kinds}/sec-nobody", c => c switch
            {
                Caller.Anonymous or Caller.WrongKey or Caller.RevokedKey => Unauthorized,
                Caller.Admin => NotFound,
                _ => Forbidden,
            }));
            rows.Add(Row("GET", $"/api/{kinds}/{{id}}/suggestions", $"api/{kinds}/{id}/suggestions", reading));
            rows.Add(Row("GET", $"/api/{kinds}/{{id}}/relations", $"api/{kinds}/{id}/relations", reading));
            rows.Add(Row("GET", $"/api/{kinds}/{{id}}/proposals", $"api/{kinds}/{id}/proposals", reading));
            rows.Add(Row("GET", $"/api/{kinds}/{{id}}/calendar", $"api/{kinds}/{id}/calendar", reading));
            rows.Add(Row("GET", $"/api/{kinds}/{{id}}/event-suggestions", $"api/{kinds}/{id}/event-suggestions", reading));
            rows.Add(Row("GET", $"/api/{kinds}/{{id}}/digest", $"api/{kinds}/{id}/digest", reading));
            rows.Add(Row("POST", $"/api/{kinds}/{{id}}/confirm", $"api/{kinds}/{id}/confirm", c => c switch
            {
                Caller.Anonymous or Caller.WrongKey or Caller.RevokedKey => Unauthorized,
                Caller.Admin => Ok,
                _ when c == owner => Ok,
                _ when visibility == "hidden" || (visibility == "members" && c == Caller.Anonymous) => NotFound,
                _ => Forbidden,
            }));
            rows.Add(Row("POST", $"/api/{kinds}/{{id}}/feedback", $"api/{kinds}/{id}/feedback", editing,
                new { target = new { kind = "company", id = w.P }, decision = "decline", reason = "security matrix" }));
        }

        return rows;
    }

    private static Expect Everyone(Caller caller) => IsBadKey(caller) ? Unauthorized : Ok;

    private static Expect SignedIn(Caller caller) => IsBadKey(caller) || caller == Caller.Anonymous ? Unauthorized : Ok;

    private static Expect AdminOnly(Caller caller) => caller switch
    {
        Caller.Anonymous or Caller.WrongKey or Caller.RevokedKey => Unauthorized,
        Caller.Admin => Ok,
        _ => Forbidden,
    };

    private static Expect AdminPasses(Caller caller) => AdminOnly(caller) is Ok ? Passes : AdminOnly(caller);

    private static Func<Caller, Expect> Coaches(Expect allowed) => caller => caller switch
    {
        Caller.Anonymous or Caller.WrongKey or Caller.RevokedKey => Unauthorized,
        Caller.Admin or Caller.Coach => allowed,
        _ => Forbidden,
    };

    private static bool IsBadKey(Caller caller) => caller is Caller.WrongKey or Caller.RevokedKey;

    private static bool Holds(Expect expected, HttpStatusCode status) => expected switch
    {
        Ok => (int)status is >= 200 and < 300,
        Passes => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)status < 500,
        Unauthorized => status == HttpStatusCode.Unauthorized,
        Forbidden => status == HttpStatusCode.Forbidden,
        NotFound => status == HttpStatusCode.NotFound,
        Denied => status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
        _ => false,
    };

    private static Entry Row(string method, string template, string url, Func<Caller, Expect> expected, object? body = null) =>
        new($"{method} {template}", _ => Task.FromResult(body is null ? new HttpRequestMessage(new HttpMethod(method), url) : Json(new HttpMethod(method), url, body)), expected);

    private static HttpRequestMessage Json(HttpMethod method, string url, object body) => new(method, url) { Content = JsonContent.Create(body) };

    private static string Sha256Hex(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    // The random part of a key (after mmk_{keyId}_; it may hold '_' itself), or the key itself.
    private static string Secret(string key) => key.StartsWith("mmk_", StringComparison.Ordinal) ? key[(key.IndexOf('_', 4) + 1)..] : key;

    private static string Shorten(string body) => body.Length > 300 ? body[..300] + "…" : body;

    private sealed record Entry(string Endpoint, Func<Caller, Task<HttpRequestMessage>> Request, Func<Caller, Expect> Expected, bool ShowsKey = false);
}
