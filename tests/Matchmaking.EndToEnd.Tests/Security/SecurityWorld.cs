using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;

namespace Matchmaking.EndToEnd.Tests.Security;

/// <summary>Who calls in the security tests.</summary>
public enum Caller
{
    Anonymous,
    WrongKey,
    RevokedKey,
    MemberA,
    MemberB,
    Coach,
    Admin,
}

/// <summary>
/// A small ecosystem for the security tests, on its own silo: company A (public), startup B (members only), researcher H
/// (hidden), company P (public, paused), all on industrial IoT and offering a rare phrase; a member of A, of B and of H,
/// a coach, an admin (a stored user, not the bootstrap key), a revoked key and a wrong one.
/// </summary>
public sealed class SecurityWorld
{
    public const string RarePhrase = "flussimetria criogenica";
    public const string Theme = "industrial-iot";

    private SecurityWorld(SecuritySiloFixture fixture) => Fixture = fixture;

    public SecuritySiloFixture Fixture { get; }

    public string A { get; } = Documents.NewId("sec-a");

    public string B { get; } = Documents.NewId("sec-b");

    public string H { get; } = Documents.NewId("sec-h");

    public string P { get; } = Documents.NewId("sec-p");

    public Dictionary<Caller, HttpClient> Clients { get; } = [];

    /// <summary>The ids of an event and a course organised by company A, by URL plural.</summary>
    public Dictionary<string, string> Events { get; } = [];

    public Dictionary<Caller, TestUser> Users { get; } = [];

    public TestUser MemberH { get; private set; } = null!;

    public TestUser Throwaway { get; private set; } = null!;

    /// <summary>The profile documents as stored, by actor id (for PUTs that change nothing).</summary>
    public Dictionary<string, JsonObject> Stored { get; } = [];

    /// <summary>Every API key handed out in the test run, the bootstrap key included (none may appear in an answer but its creation).</summary>
    public List<string> Keys { get; } = [];

    public HttpClient Admin => Fixture.Http;

    public static async Task<SecurityWorld> CreateAsync(SecuritySiloFixture fixture)
    {
        var world = new SecurityWorld(fixture);
        await world.PutAsync("companies", world.A, Profile("Sec Alfa Meccanica", "public", paused: false));
        await world.PutAsync("startups", world.B, Profile("Sec Beta Sensori", "members", paused: false));
        await world.PutAsync("researchers", world.H, Profile("Sec Hidden Researcher", "hidden", paused: false));
        await world.PutAsync("companies", world.P, Profile("Sec Pausa Fonderia", "public", paused: true));

        var memberA = await fixture.CreateUserAsync("member", $"company/{world.A}");
        var memberB = await fixture.CreateUserAsync("member", $"startup/{world.B}");
        var coach = await fixture.CreateUserAsync("coach");
        var admin = await fixture.CreateUserAsync("admin");
        var revoked = await fixture.CreateUserAsync("admin");
        world.MemberH = await fixture.CreateUserAsync("member", $"researcher/{world.H}");
        world.Throwaway = await fixture.CreateUserAsync("coach");
        using (var revoke = await world.Admin.DeleteAsync($"api/keys/{revoked.KeyId}"))
        {
            revoke.EnsureSuccessStatusCode();
        }

        world.Users[Caller.MemberA] = memberA;
        world.Users[Caller.MemberB] = memberB;
        world.Users[Caller.Coach] = coach;
        world.Users[Caller.Admin] = admin;
        world.Users[Caller.RevokedKey] = revoked;
        world.Clients[Caller.Anonymous] = fixture.Anonymous;
        world.Clients[Caller.WrongKey] = fixture.ClientWithKey("mmk_000000000000_" + new string('x', 43));
        world.Clients[Caller.RevokedKey] = fixture.ClientFor(revoked);
        world.Clients[Caller.MemberA] = fixture.ClientFor(memberA);
        world.Clients[Caller.MemberB] = fixture.ClientFor(memberB);
        world.Clients[Caller.Coach] = fixture.ClientFor(coach);
        world.Clients[Caller.Admin] = fixture.ClientFor(admin);
        world.Events["events"] = await world.NewEventAsync("events");
        world.Events["courses"] = await world.NewEventAsync("courses");
        await world.CreateSpaceAndVoucherAsync();
        world.Keys.AddRange([fixture.Silo.AdminKey, memberA.Key, memberB.Key, coach.Key, admin.Key, revoked.Key, world.MemberH.Key, world.Throwaway.Key]);
        return world;
    }

    /// <summary>An accredited co-working space (free desks, in startup B's province).</summary>
    public string Space { get; } = Documents.NewId("sec-space");

    /// <summary>A voucher programme with a voucher held by startup B.</summary>
    public string Programme { get; } = Documents.NewId("sec-programme");

    /// <summary>The voucher startup B holds.</summary>
    public string Voucher { get; private set; } = "";

    public static JsonObject SpaceDocument() => new()
    {
        ["name"] = "Sec Cowo",
        ["operator"] = "Sec Operatore",
        ["address"] = "Via Sec 2",
        ["location"] = new JsonObject { ["municipality"] = "Brescia", ["province"] = "BS", ["region"] = "Lombardia" },
        ["seats"] = 10,
        ["freeSeats"] = 5,
    };

    public static JsonObject ProgrammeDocument() => new()
    {
        ["title"] = new JsonObject { ["it"] = "Sec voucher" },
        ["issuer"] = "Sec Comune",
        ["budget"] = 1_000_000,
        ["voucherValue"] = 100,
        ["eligibility"] = new JsonObject { ["holders"] = new JsonArray("person", "startup") },
        ["validFrom"] = "2020-01-01",
        ["validUntil"] = "2099-12-31",
    };

    private async Task CreateSpaceAndVoucherAsync()
    {
        (await Admin.PutAsync($"api/spaces/{Space}", JsonContent.Create(SpaceDocument()))).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync($"api/spaces/{Space}/accreditation", new { accredited = true })).EnsureSuccessStatusCode();
        (await Admin.PutAsync($"api/voucher-programmes/{Programme}", JsonContent.Create(ProgrammeDocument()))).EnsureSuccessStatusCode();
        using var issued = await Admin.PostAsJsonAsync($"api/voucher-programmes/{Programme}/vouchers", new { holder = new { actor = new { kind = "startup", id = B } } });
        issued.EnsureSuccessStatusCode();
        Voucher = (string)(await issued.Content.ReadFromJsonAsync<JsonObject>())!["voucher"]!["id"]!;
    }

    /// <summary>The document of a published event or course organised by company A (capacity to spare).</summary>
    public JsonObject EventDocument() => new()
    {
        ["title"] = new JsonObject { ["it"] = "Sec incontro" },
        ["organiser"] = new JsonObject { ["actor"] = new JsonObject { ["kind"] = "company", ["id"] = A } },
        ["themes"] = new JsonArray(Theme),
        ["start"] = "2027-05-01T10:00",
        ["end"] = "2027-05-01T12:00",
        ["place"] = new JsonObject { ["address"] = "Via Sec 1, Brescia" },
        ["capacity"] = 1000,
        ["audience"] = new JsonArray("companies"),
        ["status"] = "published",
    };

    /// <summary>A new event or course (<paramref name="plural"/>: events, courses) organised by company A; its id.</summary>
    public async Task<string> NewEventAsync(string plural)
    {
        var id = Documents.NewId("sec-event");
        using var response = await Admin.PutAsync($"api/{plural}/{id}", JsonContent.Create(EventDocument()));
        response.EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>Registers company P (nobody's member) for the event, as an admin.</summary>
    public async Task RegisterPAsync(string plural, string id)
    {
        using var response = await Admin.PostAsJsonAsync($"api/{plural}/{id}/registrations", new { member = new { kind = "company", id = P } });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A new key of the throwaway user, for revoking.</summary>
    public async Task<string> NewKeyIdAsync()
    {
        using var response = await Admin.PostAsync($"api/users/{Throwaway.Id}/keys", null);
        response.EnsureSuccessStatusCode();
        var answer = await response.ReadObjectAsync();
        lock (Keys)
        {
            Keys.Add((string)answer["key"]!);
        }

        return (string)answer["keyId"]!;
    }

    /// <summary>A new user (a coach without a key), for deleting.</summary>
    public async Task<string> NewUserIdAsync()
    {
        var id = Documents.NewId("sec-user");
        using var response = await Admin.PostAsJsonAsync("api/users", new { id, name = "Sec throwaway", role = "coach" });
        response.EnsureSuccessStatusCode();
        return id;
    }

    private async Task PutAsync(string kinds, string id, JsonObject profile)
    {
        using var response = await Admin.PutAsync($"api/{kinds}/{id}", JsonContent.Create(profile));
        response.EnsureSuccessStatusCode();
        var stored = await response.ReadObjectAsync();
        foreach (var envelope in new[] { "version", "updatedAt" })
        {
            stored.Remove(envelope);
        }

        Stored[id] = stored;
    }

    private static JsonObject Profile(string name, string visibility, bool paused)
    {
        var profile = new JsonObject
        {
            ["name"] = name,
            ["description"] = $"Sensori e {RarePhrase} per macchine utensili; manutenzione predittiva.",
            ["themes"] = new JsonArray(Theme),
            ["offers"] = new JsonArray(RarePhrase, "sensori IoT industriali"),
            ["needs"] = new JsonArray("manutenzione predittiva"),
            ["location"] = new JsonObject { ["municipality"] = "Brescia", ["province"] = "BS", ["region"] = "Lombardia", ["country"] = "IT" },
            ["visibility"] = visibility,
        };
        if (paused)
        {
            profile["paused"] = true;
        }

        return profile;
    }
}

/// <summary>A silo of its own for the security tests, with the <see cref="SecurityWorld"/> built once, on first use.</summary>
public sealed class SecuritySiloFixture : SiloFixture
{
    private readonly Lazy<Task<SecurityWorld>> world;

    public SecuritySiloFixture()
        : base(demo: false) => world = new(() => SecurityWorld.CreateAsync(this));

    public Task<SecurityWorld> World => world.Value;
}
