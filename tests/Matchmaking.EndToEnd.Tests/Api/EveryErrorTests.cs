using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using Matchmaking.Testing;
using CommandLine = Matchmaking.Cli.Cli;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>
/// A document or a row with several problems gets all of them in one answer: values of the wrong type together with
/// the rules broken by the other fields; <c>POST /api/import/check</c> checks without writing; the CLI import reports
/// every problem of a row, its own and the silo's.
/// </summary>
public sealed class EveryErrorTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    [Fact]
    public async Task A_put_names_every_wrong_field_type_errors_and_rules_together()
    {
        var id = Documents.NewId("every");
        var document = Documents.Company("");
        document["employees"] = "many";
        document["isSme"] = "forse";
        document["themes"] = new JsonArray("warp-drive");
        document["location"]!["province"] = "Brescia";

        using var put = await fixture.Http.PutAsJsonAsync($"api/companies/{id}", document);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var errors = (await put.ReadObjectAsync())["errors"]!.AsObject();
        Assert.Equal(
            ["employees", "isSme", "location.province", "name", "themes[0]"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"api/companies/{id}")).StatusCode);
    }

    [Fact]
    public async Task Import_check_reports_like_import_and_writes_nothing()
    {
        var good = Documents.NewId("check-good");
        var bad = Documents.NewId("check-bad");
        var goodItem = Documents.Startup();
        goodItem["id"] = good;
        goodItem["kind"] = "startup";
        var badItem = Documents.Startup("");
        badItem["id"] = bad;
        badItem["kind"] = "startup";
        badItem["teamSize"] = "tanti";
        badItem["seeks"] = new JsonArray("world-domination");

        using var check = await fixture.Http.PostAsJsonAsync("api/import/check", new JsonObject { ["items"] = new JsonArray(goodItem, badItem) });

        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var answer = await check.ReadObjectAsync();
        Assert.Equal((0, 0, 0, 1), ((int)answer["created"]!, (int)answer["updated"]!, (int)answer["unchanged"]!, (int)answer["failed"]!));
        var error = Assert.Single(answer["errors"]!.AsArray())!;
        Assert.Equal(1, (int)error["index"]!);
        Assert.Equal(["name", "seeks[0]", "teamSize"], error["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"api/startups/{good}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"api/startups/{bad}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.ClientFor(await fixture.CreateUserAsync("coach")).PostAsJsonAsync("api/import/check", new JsonObject { ["items"] = new JsonArray() })).StatusCode);
    }

    [Fact]
    public async Task The_cli_reports_every_problem_of_a_row_its_own_and_the_silos()
    {
        using var folder = new TempDirectory();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = folder.Combine("actors.csv");
        await File.WriteAllTextAsync(csv, string.Join('\n',
            "id,kind,name,themes,province,employees,stage",
            $"ok-{tag},company,Buona {tag},industrial-iot,BS,10,",
            $"two-{tag},company,,warp-drive,BS,many,",
            $"three-{tag},company,Tre,industrial-iot,Brescia,,seed") + "\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CommandLine.RunAsync(["--url", fixture.Silo.BaseAddress.ToString(), "--key", fixture.Silo.AdminKey, "import", csv], output, error);

        Assert.Equal(3, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("created 1, updated 0, unchanged 0, failed 2", lines[0]);
        Assert.StartsWith($"row 3 (two-{tag}): employees: 'many' is not a whole number; ", lines[1], StringComparison.Ordinal);
        Assert.Contains("name: A name is required.", lines[1], StringComparison.Ordinal);
        Assert.Contains("themes[0]: Unknown theme 'warp-drive'.", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"row 4 (three-{tag}): stage: is a field of a startup, not of a company; ", lines[2], StringComparison.Ordinal);
        Assert.Contains("location.province: 'BRESCIA' is not a two-letter province code", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"api/companies/two-{tag}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"api/companies/three-{tag}")).StatusCode);
    }
}
