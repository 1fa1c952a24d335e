using System.Net;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Cli.Tests.Fakes;
using Matchmaking.Client;

namespace Matchmaking.Cli.Tests.Client;

public sealed class MatchmakingClientTests : FakeSiloTest
{
    private MatchmakingClient NewClient(Uri? url = null) => new(new HttpClient { BaseAddress = url ?? Silo.Url });

    [Fact]
    public async Task Put_of_a_typed_profile_infers_the_kind_and_reads_back_the_stored_record()
    {
        var client = NewClient();
        var profile = new CompanyProfile
        {
            Name = "Acme S.r.l.",
            Themes = ["cloud"],
            Location = new Location("Cremona", "CR", "Lombardia", "IT"),
            Employees = 42,
            Memberships = [new HubMembership("csmt", "member")],
        };

        var first = await client.PutAsync("acme", profile);
        var second = await client.PutAsync("acme", profile with { Employees = 43 });
        var read = await client.GetAsync<CompanyProfile>("acme");

        Assert.Equal(WriteOutcome.Created, first.Outcome);
        Assert.Equal(WriteOutcome.Updated, second.Outcome);
        Assert.Equal(43, read.Profile.Employees);
        Assert.Equal("Cremona", read.Profile.Location.Municipality);
        Assert.Equal([new HubMembership("csmt", "member")], read.Profile.Memberships);
        Assert.Equal(second.Stored.Version, read.Version);
        Assert.Contains("PUT /api/companies/acme", Silo.Requests);
    }

    [Fact]
    public async Task Put_of_a_document_answers_created_then_replaced_with_the_etag()
    {
        var client = NewClient();
        var created = await client.PutDocumentAsync(ActorKind.Startup, "nova", new JsonObject { ["name"] = "Nova" });
        var replaced = await client.PutDocumentAsync(ActorKind.Startup, "nova", new JsonObject { ["name"] = "Nova 2" });

        Assert.True(created.Created);
        Assert.False(replaced.Created);
        Assert.Equal($"\"{replaced.Document["version"]}\"", replaced.ETag);
        Assert.Equal("startup", replaced.Document["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_validation_problem_becomes_an_api_exception_with_the_field_errors()
    {
        var client = NewClient();

        var e = await Assert.ThrowsAsync<MatchmakingApiException>(() =>
            client.PutDocumentAsync(ActorKind.Company, "acme", new JsonObject { ["themes"] = new JsonArray("warp-drive") }));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Equal(["The name is required."], e.FieldErrors["name"]);
        Assert.Contains("themes[0]", e.FieldErrors.Keys);
        Assert.Contains("400", e.Message, StringComparison.Ordinal);
        Assert.Contains("name: The name is required.", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, Silo.ProfileCount);
    }

    [Fact]
    public async Task An_unknown_profile_is_a_404_api_exception_with_the_problem_detail()
    {
        var e = await Assert.ThrowsAsync<MatchmakingApiException>(() => NewClient().GetDocumentAsync(ActorKind.Researcher, "nobody"));

        Assert.True(e.IsNotFound);
        Assert.Equal("No researchers 'nobody'.", e.Problem.Detail);
        Assert.Contains("GET /api/researchers/nobody", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_without_problem_details_keeps_the_status_and_the_body_text()
    {
        Silo.Outage = (HttpStatusCode.ServiceUnavailable, "silo is starting");

        var e = await Assert.ThrowsAsync<MatchmakingApiException>(() => NewClient().ListThemesAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.StatusCode);
        Assert.Equal("silo is starting", e.Problem.Detail);
        Assert.Contains("503", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_names_the_url()
    {
        var url = DeadUrl();

        var e = await Assert.ThrowsAsync<MatchmakingConnectionException>(() => NewClient(url).GetHealthAsync());

        Assert.Contains($"{url}health", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_removes_and_a_second_delete_is_not_found()
    {
        var client = NewClient();
        Silo.Seed(ActorKind.Company, "acme", new JsonObject { ["name"] = "Acme" });

        await client.DeleteAsync(ActorKind.Company, "acme");
        var e = await Assert.ThrowsAsync<MatchmakingApiException>(() => client.DeleteAsync(ActorKind.Company, "acme"));

        Assert.True(e.IsNotFound);
        Assert.Equal(0, Silo.ProfileCount);
    }

    [Fact]
    public async Task List_sends_the_filters_and_reads_a_page_of_summaries()
    {
        Silo.Seed(ActorKind.Company, "acme", new JsonObject { ["name"] = "Acme", ["themes"] = new JsonArray("cloud"), ["location"] = new JsonObject { ["province"] = "BS" } });
        Silo.Seed(ActorKind.Startup, "nova", new JsonObject { ["name"] = "Nova" });

        var all = await NewClient().ListAsync(new ProfileQuery(Text: "a", Page: 1, PageSize: 1));
        var companies = await NewClient().ListAsync(new ProfileQuery(Kind: ActorKind.Company, Theme: "cloud", Province: "BS"));

        Assert.Equal(2, all.Total);
        Assert.Single(all.Items);
        Assert.Contains("GET /api/actors?q=a&page=1&pageSize=1", Silo.Requests);
        Assert.Contains("GET /api/companies?theme=cloud&province=BS", Silo.Requests);
        var acme = Assert.Single(companies.Items);
        Assert.Equal((ActorKind.Company, "acme", "Acme", "BS", (string?)null), (acme.Kind, acme.Id, acme.Name, acme.Province, acme.Municipality));
        Assert.Equal(["cloud"], acme.Themes);
    }

    [Fact]
    public async Task Import_of_450_items_in_batches_of_200_sends_3_requests_and_counts_indices_from_the_start()
    {
        var items = Enumerable.Range(0, 450)
            .Select(i => new JsonObject { ["id"] = $"c{i}", ["kind"] = "company", ["name"] = i is 10 or 420 ? "" : $"Company {i}" })
            .ToList();
        var reports = new List<ImportProgress>();

        var result = await NewClient().ImportAllAsync(items, 200, new SynchronousProgress(reports.Add));

        Assert.Equal([200, 200, 50], Silo.ImportBatches);
        Assert.Equal(448, result.Created);
        Assert.Equal(2, result.Failed);
        Assert.Equal([10, 420], result.Errors.Select(e => e.Index));
        Assert.Equal("c420", result.Errors[1].Id);
        Assert.Equal([200, 400, 450], reports.Select(r => r.Sent));
    }

    [Fact]
    public async Task Export_reads_back_every_document_and_a_reimport_changes_nothing()
    {
        var client = NewClient();
        Silo.Seed(ActorKind.Company, "acme", new JsonObject { ["name"] = "Acme" });
        Silo.Seed(ActorKind.Researcher, "rossi", new JsonObject { ["name"] = "Maria Rossi" });

        var all = await client.ExportAsync();
        var researchers = await client.ExportAsync(ActorKind.Researcher);
        var again = await client.ImportAsync(all);

        Assert.Equal(["acme", "rossi"], all.Select(d => d["id"]!.GetValue<string>()));
        Assert.Single(researchers);
        Assert.Equal(new ImportResult(0, 0, 2, 0, []), again with { Errors = [] });
        Assert.Empty(again.Errors);
    }

    [Fact]
    public async Task Themes_list_and_show_read_the_counts_and_the_actors()
    {
        Silo.Seed(ActorKind.Company, "acme", new JsonObject { ["name"] = "Acme", ["themes"] = new JsonArray("iot") });
        var client = NewClient();

        var themes = await client.ListThemesAsync();
        var iot = await client.GetThemeAsync("iot");
        var missing = await Assert.ThrowsAsync<MatchmakingApiException>(() => client.GetThemeAsync("warp-drive"));

        Assert.Equal(FakeSilo.KnownThemes.Length, themes.Total);
        Assert.Equal(1, themes.Items.Single(t => t.Id == "iot").Offerers);
        Assert.Equal(["industrial-iot"], iot.Children);
        Assert.Equal("acme", Assert.Single(iot.Offerers).Id);
        Assert.True(missing.IsNotFound);
    }

    [Fact]
    public async Task Health_reads_the_status()
        => Assert.Equal("healthy", (await NewClient().GetHealthAsync()).Status);

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
