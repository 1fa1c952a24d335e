using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Api;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using Matchmaking.Testing;
using CommandLine = Matchmaking.Cli.Cli;

namespace Matchmaking.EndToEnd.Tests.Cli;

/// <summary>The CLI's <c>events …</c> and <c>courses …</c> against the real demo silo over HTTP, bad input included.</summary>
[Collection(DemoSiloCollection.Name)]
public sealed class CliEventsTests(DemoSiloFixture fixture)
{
    private readonly string url = fixture.Silo.BaseAddress.ToString();

    [Fact]
    public async Task The_demo_cybersecurity_course_is_listed_and_shown()
    {
        var list = await Run("courses", "list", "--theme", "cybersecurity");
        var json = await Run("--json", "courses", "list", "--audience", "startups");
        var show = await Run("courses", "show", "corso-cybersecurity-pmi");
        var events = await Run("--json", "events", "list", "--status", "held");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("corso-cyb", list.Output, StringComparison.Ordinal);
        Assert.EndsWith(" courses", list.Output.Trim(), StringComparison.Ordinal);
        var cyber = await Run("--json", "courses", "list", "--theme", "cybersecurity");
        var ids = JsonNode.Parse(cyber.Output)!["items"]!.AsArray().Select(i => (string?)i!["id"]).ToList();
        Assert.Contains("corso-cybersecurity-pmi", ids);
        Assert.DoesNotContain("corso-intelligenza-artificiale", ids);
        Assert.Contains("corso-cybersecurity-pmi", JsonNode.Parse(json.Output)!["items"]!.AsArray().Select(i => (string?)i!["id"]));
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("when: 2027-03-14T09:00:00+01:00", show.Output, StringComparison.Ordinal);
        Assert.Contains("co-working space officina-liberty", show.Output, StringComparison.Ordinal);
        Assert.Equal(["incontro-industria-4-0-2026"], JsonNode.Parse(events.Output)!["items"]!.AsArray().Select(i => (string?)i!["id"]));
    }

    [Fact]
    public async Task Put_register_wait_unregister_and_export_the_calendars()
    {
        using var folder = new TempDirectory();
        var id = Documents.NewId("cli-corso");
        var file = folder.Combine("course.json");
        await File.WriteAllTextAsync(file, EventsApiTests.CourseJson(capacity: 1).ToJsonString());
        var ics = folder.Combine("member.ics");

        var put = await Run("courses", "put", id, "--file", file);
        var seat = await Run("courses", "register", id, "--member", "startup/visiodefect");
        var waiting = await Run("courses", "register", id, "--member", "company/officine-bresciane-valvole");
        var unregister = await Run("courses", "unregister", id, "--member", "startup/visiodefect");
        var calendar = await Run("courses", "calendar", id, "--lang", "en");
        var memberCalendar = await Run("courses", "calendar", "--member", "company/officine-bresciane-valvole", "--out", ics);

        Assert.Equal((0, $"created course {id} (version 1)"), (put.ExitCode, put.Output.Trim()));
        Assert.Equal($"startup/visiodefect has a seat at {id}", seat.Output.Trim());
        Assert.Equal($"company/officine-bresciane-valvole is on the waiting list of {id} (position 1)", waiting.Output.Trim());
        Assert.Equal($"cancelled the registration of startup/visiodefect for {id}; company/officine-bresciane-valvole moved up from the waiting list", unregister.Output.Trim());
        Assert.Equal(0, calendar.ExitCode);
        Assert.StartsWith("BEGIN:VCALENDAR", calendar.Output, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Cybersecurity for SMEs", calendar.Output, StringComparison.Ordinal);
        Assert.Equal(0, memberCalendar.ExitCode);
        Assert.Contains($"UID:course-{id}@", await File.ReadAllTextAsync(ics), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_one_line_and_a_non_zero_exit()
    {
        using var folder = new TempDirectory();
        var backwards = EventsApiTests.CourseJson(capacity: 10);
        backwards["end"] = "2027-03-14T08:00";
        var file = folder.Combine("backwards.json");
        await File.WriteAllTextAsync(file, backwards.ToJsonString());
        var broken = folder.Combine("broken.json");
        await File.WriteAllTextAsync(broken, "{ not json");
        var id = Documents.NewId("cli-corso");

        var endBeforeStart = await Run("courses", "put", id, "--file", file);
        var notJson = await Run("courses", "put", id, "--file", broken);
        var unknown = await Run("courses", "register", "nessun-corso", "--member", "startup/visiodefect");
        var wrongKind = await Run("events", "show", "corso-cybersecurity-pmi");
        var badMember = await Run("courses", "register", "corso-cybersecurity-pmi", "--member", "visiodefect");
        var neither = await Run("courses", "calendar");
        var badStatus = await Run("events", "list", "--status", "someday");

        foreach (var (result, code) in new[] { (endBeforeStart, 1), (notJson, 2), (unknown, 1), (wrongKind, 1), (badMember, 2), (neither, 2), (badStatus, 1) })
        {
            Assert.Equal(code, result.ExitCode);
            Assert.Single(result.Error.Trim().Split('\n'));
            Assert.StartsWith("error:", result.Error, StringComparison.Ordinal);
        }

        Assert.Contains("end", endBeforeStart.Error, StringComparison.Ordinal);
        Assert.Contains("status", badStatus.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await Run("courses", "show", id)).ExitCode);
    }

    private async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(["--url", url, "--key", fixture.Silo.AdminKey, .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
