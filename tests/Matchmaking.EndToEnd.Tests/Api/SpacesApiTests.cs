using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>
/// Co-working spaces and voucher programmes over HTTP on the demo silo: the public sees the accredited list, the hub
/// manager accredits, vouchers are issued, spent once at accredited spaces and read back in the ledger (JSON and CSV);
/// bad input answers problem details naming the field and changes nothing.
/// </summary>
[Collection(DemoSiloCollection.Name)]
public sealed class SpacesApiTests(DemoSiloFixture fixture)
{
    private readonly HttpClient admin = fixture.Http;

    [Fact]
    public async Task The_public_sees_the_accredited_demo_spaces_and_coaches_see_the_pending_one_too()
    {
        var coach = fixture.ClientFor(await fixture.CreateUserAsync("coach"));
        var anonymous = await fixture.Anonymous.GetFromJsonAsync<JsonObject>("api/spaces");
        var pending = await coach.GetFromJsonAsync<JsonObject>("api/spaces?accreditation=pending");
        using var hidden = await fixture.Anonymous.GetAsync("api/spaces/spazio-comune-crema");
        using var refused = await fixture.Anonymous.GetAsync("api/spaces?accreditation=pending");
        var brescia = await fixture.Anonymous.GetFromJsonAsync<JsonObject>("api/spaces?province=bs&free=true");

        var ids = Ids(anonymous!);
        Assert.Contains("officina-liberty", ids);
        Assert.Contains("cowo-milano-lambrate", ids);
        Assert.DoesNotContain("spazio-comune-crema", ids);
        Assert.All(anonymous!["items"]!.AsArray(), s => Assert.Equal("accredited", (string?)s!["accreditation"]!["status"]));
        Assert.All(anonymous["items"]!.AsArray(), s => Assert.Null(s!["accreditation"]!["by"]));
        Assert.Contains("spazio-comune-crema", Ids(pending!));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(["officina-liberty"], Ids(brescia!).Where(id => !id.StartsWith("spazio-", StringComparison.Ordinal) && !id.StartsWith("cowo-test", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_space_is_written_accredited_and_withdrawn_by_the_hub_manager_and_its_accreditation_survives_an_edit()
    {
        var id = NewId("cowo-test");
        var coach = fixture.ClientFor(await fixture.CreateUserAsync("coach"));
        using var created = await coach.PutAsync($"api/spaces/{id}", Json(Space().ToJsonString()));
        using var coachAccredits = await coach.PostAsJsonAsync($"api/spaces/{id}/accreditation", new { accredited = true });
        using var accredited = await admin.PostAsJsonAsync($"api/spaces/{id}/accreditation", new { accredited = true, note = "Sopralluogo fatto." });
        var read = await fixture.Anonymous.GetFromJsonAsync<JsonObject>($"api/spaces/{id}");
        read!["freeSeats"] = 1;
        using var edited = await coach.PutAsync($"api/spaces/{id}", Json(read.ToJsonString()));
        var afterEdit = await edited.ReadObjectAsync();
        using var withdrawn = await admin.PostAsJsonAsync($"api/spaces/{id}/accreditation", new { accredited = false });
        using var goneForPublic = await fixture.Anonymous.GetAsync($"api/spaces/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("pending", (string?)(await created.ReadObjectAsync())["accreditation"]!["status"]);
        Assert.Equal(HttpStatusCode.Forbidden, coachAccredits.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accredited.StatusCode);
        Assert.Equal("Sopralluogo fatto.", (string?)read["accreditation"]!["note"]);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("accredited", (string?)afterEdit["accreditation"]!["status"]);
        Assert.Equal(1, (int?)afterEdit["freeSeats"]);
        Assert.Equal("withdrawn", (string?)(await withdrawn.ReadObjectAsync())["accreditation"]!["status"]);
        Assert.Equal(HttpStatusCode.NotFound, goneForPublic.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"api/spaces/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"api/spaces/{id}")).StatusCode);
    }

    [Fact]
    public async Task Bad_spaces_and_programmes_are_problems_naming_the_fields_and_write_nothing()
    {
        var space = Space();
        space["freeSeats"] = 99;
        space["seats"] = 10;
        space["location"] = new JsonObject { ["province"] = "Brescia" };
        var programme = Programme();
        programme["validUntil"] = "2025-06-30";
        programme["eligibility"] = new JsonObject { ["holders"] = new JsonArray("alien") };
        var before = await StoreRows.SnapshotAsync(fixture.Storage);

        using var badSpace = await admin.PutAsync($"api/spaces/{NewId("cowo-bad")}", Json(space.ToJsonString()));
        using var badProgramme = await admin.PutAsync($"api/voucher-programmes/{NewId("voucher-bad")}", Json(programme.ToJsonString()));
        programme["eligibility"] = new JsonObject { ["holders"] = new JsonArray("person") };
        using var badWindow = await admin.PutAsync($"api/voucher-programmes/{NewId("voucher-bad")}", Json(programme.ToJsonString()));
        using var unknownField = await admin.PutAsync($"api/spaces/{NewId("cowo-bad")}", Json("""{"name":"X","desks":3}"""));
        using var noBody = await admin.PostAsJsonAsync("api/spaces/officina-liberty/accreditation", new { });
        using var unknownSpace = await admin.PostAsJsonAsync("api/spaces/nessuno-spazio/accreditation", new { accredited = true });
        using var unknownProgramme = await admin.PostAsJsonAsync("api/voucher-programmes/nessun-programma/vouchers", new { holder = new { name = "A", birthDate = "2000-01-01" } });

        Assert.Equal(HttpStatusCode.BadRequest, badSpace.StatusCode);
        var spaceErrors = (await badSpace.ReadObjectAsync())["errors"]!.AsObject();
        Assert.True(spaceErrors.ContainsKey("freeSeats") && spaceErrors.ContainsKey("location.province") && spaceErrors.ContainsKey("location.municipality"), spaceErrors.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, badProgramme.StatusCode);
        Assert.Contains("eligibility.holders", (await badProgramme.ReadObjectAsync())["errors"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.True((await badWindow.ReadObjectAsync())["errors"]!.AsObject().ContainsKey("validUntil"));
        Assert.True((await unknownField.ReadObjectAsync())["errors"]!.AsObject().ContainsKey("desks"));
        Assert.True((await noBody.ReadObjectAsync())["errors"]!.AsObject().ContainsKey("accredited"));
        Assert.Equal(HttpStatusCode.NotFound, unknownSpace.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownProgramme.StatusCode);
        Assert.Equal(before, await StoreRows.SnapshotAsync(fixture.Storage));
    }

    [Fact]
    public async Task A_voucher_is_issued_spent_once_at_an_accredited_space_by_its_holder_and_shows_in_the_ledger()
    {
        var id = NewId("voucher-test");
        var holderMember = fixture.ClientFor(await fixture.CreateUserAsync("member", "startup/visiodefect"));
        var otherMember = fixture.ClientFor(await fixture.CreateUserAsync("member", "startup/ispeziona-ai"));
        using var created = await admin.PutAsync($"api/voucher-programmes/{id}", Json(Programme().ToJsonString()));
        using var issued = await admin.PostAsJsonAsync($"api/voucher-programmes/{id}/vouchers", new { holder = new { actor = new { kind = "startup", id = "visiodefect" } } });
        using var person = await admin.PostAsJsonAsync($"api/voucher-programmes/{id}/vouchers", new { holder = new { name = "=HYPERLINK(\"x\")", birthDate = "2001-02-03" } });
        using var tooOld = await admin.PostAsJsonAsync($"api/voucher-programmes/{id}/vouchers", new { holder = new { name = "Anna Anziana", birthDate = "1950-02-03" } });
        using var twice = await admin.PostAsJsonAsync($"api/voucher-programmes/{id}/vouchers", new { holder = new { actor = new { kind = "startup", id = "visiodefect" } } });
        using var notHers = await otherMember.PostAsJsonAsync($"api/voucher-programmes/{id}/vouchers/v1/spend", new { space = "officina-liberty" });
        using var pending = await holderMember.PostAsJsonAsync($"api/voucher-programmes/{id}/vouchers/v1/spend", new { space = "spazio-comune-crema" });
        using var spent = await holderMember.PostAsJsonAsync($"api/voucher-programmes/{id}/vouchers/v1/spend", new { space = "polo-tecnologico-cremona" });
        using var again = await holderMember.PostAsJsonAsync($"api/voucher-programmes/{id}/vouchers/v1/spend", new { space = "polo-tecnologico-cremona" });
        var ledger = await admin.GetFromJsonAsync<JsonObject>($"api/voucher-programmes/{id}/ledger");
        using var csv = await admin.GetAsync($"api/voucher-programmes/{id}/ledger.csv");
        var csvText = await csv.Content.ReadAsStringAsync();
        using var ledgerForMember = await holderMember.GetAsync($"api/voucher-programmes/{id}/ledger");
        var summary = await fixture.Anonymous.GetFromJsonAsync<JsonObject>($"api/voucher-programmes/{id}");
        using var deleteUsed = await admin.DeleteAsync($"api/voucher-programmes/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal("v1", (string?)(await issued.ReadObjectAsync())["voucher"]!["id"]);
        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooOld.StatusCode);
        Assert.True((await tooOld.ReadObjectAsync())["errors"]!.AsObject().ContainsKey("holder.birthDate"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notHers.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, pending.StatusCode);
        Assert.True((await pending.ReadObjectAsync())["errors"]!.AsObject().ContainsKey("space"));
        Assert.Equal(HttpStatusCode.OK, spent.StatusCode);
        Assert.Equal("spent", (string?)(await spent.ReadObjectAsync())["voucher"]!["status"]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(["issued", "issued", "spent"], ledger!["entries"]!.AsArray().Select(e => (string?)e!["kind"]));
        Assert.Equal(400m, (decimal?)ledger["committed"]);
        Assert.Equal(200m, (decimal?)ledger["spent"]);
        Assert.StartsWith("text/csv", csv.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var lines = csvText.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("sequence,at,kind,voucher,holder,amount,space,by,committed,spent", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(",spent,v1,startup/visiodefect,200.00,polo-tecnologico-cremona,", lines[3], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", lines[2], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, ledgerForMember.StatusCode);
        Assert.Equal(2, (int?)summary!["issued"]);
        Assert.Equal(9_600m, (decimal?)summary["available"]);
        Assert.Equal(HttpStatusCode.Conflict, deleteUsed.StatusCode);
    }

    [Fact]
    public async Task A_startup_is_offered_accredited_spaces_near_it_with_its_voucher_in_the_reasons()
    {
        var member = fixture.ClientFor(await fixture.CreateUserAsync("member", "startup/ispeziona-ai"));
        var italian = await member.GetFromJsonAsync<JsonObject>("api/startups/ispeziona-ai/spaces");
        var english = await member.GetFromJsonAsync<JsonObject>("api/startups/ispeziona-ai/spaces?lang=en&top=1");
        using var badTop = await member.GetAsync("api/startups/ispeziona-ai/spaces?top=0");
        using var notOwn = await member.GetAsync("api/startups/visiodefect/spaces");

        var first = italian!["items"]![0]!;
        Assert.Equal("cowo-milano-lambrate", (string?)first["id"]);
        Assert.DoesNotContain("spazio-comune-crema", Ids(italian));
        Assert.Contains("A Milano, nello stesso comune.", first["reasons"]!.AsArray().Select(r => (string?)r));
        Assert.Contains(first["reasons"]!.AsArray(), r => ((string?)r)!.Contains("voucher v1", StringComparison.Ordinal));
        Assert.Single(english!["items"]!.AsArray());
        Assert.Contains("In Milano, the same municipality.", english["items"]![0]!["reasons"]!.AsArray().Select(r => (string?)r));
        Assert.Equal(HttpStatusCode.BadRequest, badTop.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notOwn.StatusCode);
    }

    private static List<string> Ids(JsonObject list) => [.. list["items"]!.AsArray().Select(i => (string)i!["id"]!)];

    private static JsonObject Space() => new()
    {
        ["name"] = "Cowo di prova",
        ["operator"] = "Operatore di prova",
        ["address"] = "Via Roma 1",
        ["location"] = new JsonObject { ["municipality"] = "Brescia", ["province"] = "BS", ["region"] = "Lombardia" },
        ["seats"] = 10,
        ["freeSeats"] = 4,
        ["services"] = new JsonArray("wifi"),
        ["dayPrice"] = 10,
    };

    private static JsonObject Programme() => new()
    {
        ["title"] = new JsonObject { ["it"] = "Voucher di prova", ["en"] = "Test vouchers" },
        ["issuer"] = "Comune di prova",
        ["budget"] = 10_000,
        ["voucherValue"] = 200,
        ["eligibility"] = new JsonObject { ["holders"] = new JsonArray("person", "startup"), ["maxAge"] = 35 },
        ["validFrom"] = "2026-01-01",
        ["validUntil"] = "2099-12-31",
    };
}
