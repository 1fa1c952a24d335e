using System.Text;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using CommandLine = Matchmaking.Cli.Cli;

namespace Matchmaking.EndToEnd.Tests.Cli;

/// <summary>A silo with the demo ecosystem for this class alone: the README's examples change it (feedback, proposals).</summary>
public sealed class ReadmeSiloFixture() : SiloFixture(demo: true);

/// <summary>
/// Every command-line example of the README's "The command-line tool" section, read from README.md and run as written
/// against a silo with the demo data; only placeholders (<c>&lt;id&gt;</c>, <c>&lt;proposal-id&gt;</c>) and the files
/// the examples name are filled in. Each must exit 0.
/// </summary>
public sealed class ReadmeExamplesTests(ReadmeSiloFixture fixture) : IClassFixture<ReadmeSiloFixture>
{
    private const string Prefix = "dotnet run --project client/Matchmaking.Cli -- ";

    [Fact]
    public async Task Every_cli_example_of_the_readme_runs_against_the_demo()
    {
        var examples = Examples();
        Assert.True(examples.Count >= 36, $"only {examples.Count} examples found in README.md");
        var folder = Directory.CreateTempSubdirectory("matchmaking-readme-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "call.json"), """
                {"title":"Bando di prova","publisher":"Camera di Commercio di Cremona","themes":["ai"],"eligible":["sme"],
                 "region":"Lombardia","budget":50000,"opening":"2026-01-01","deadline":"2027-12-31"}
                """);
            File.WriteAllText(Path.Combine(folder, "space.json"), """
                {"name":"Spazio del README","operator":"Operatore","address":"Via Roma 1","location":{"municipality":"Crema","province":"CR"},"seats":10,"freeSeats":3}
                """);
            File.WriteAllText(Path.Combine(folder, "programme.json"), """
                {"title":{"it":"Voucher del README"},"issuer":"Comune di Crema","budget":5000,"voucherValue":250,
                 "eligibility":{"holders":["person"],"maxAge":30},"validFrom":"2026-01-01","validUntil":"2099-12-31"}
                """);
            File.WriteAllText(Path.Combine(folder, "actors.csv"), "kind,id,name,themes,province\nstartup,readme-startup,Startup del README,ai;computer-vision,CR\n", Encoding.UTF8);

            string? first = null, second = null;
            var failures = new List<string>();
            foreach (var example in examples)
            {
                var args = Split(example);
                if (args.Contains("<proposal-id>"))
                {
                    (first, second) = first is null ? await AnchoredProposalsAsync() : (first, second);
                }

                if (args is ["proposals", "decline", ..])
                {
                    await Run("proposals", "submit", second!); // a proposal the other examples leave alone
                }

                if (args is ["proposals", "start", ..])
                {
                    await AcceptAllAsync(first!);
                }

                var filled = args.Select(a => a switch
                {
                    "<id>" => "officine-bresciane-valvole",
                    "<proposal-id>" => args[1] == "decline" ? second! : first!,
                    "call.json" or "actors.csv" or "all.json" or "space.json" or "programme.json" or "ledger.csv" => Path.Combine(folder, a),
                    _ => a,
                }).ToArray();
                var (code, output, error) = await Run(filled);
                if (code != 0)
                {
                    failures.Add($"{example}\n  → exit {code}: {error.Trim()} {output[..Math.Min(200, output.Length)]}");
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
            Assert.True(File.Exists(Path.Combine(folder, "all.json")));
            Assert.Contains(",spent,v1,", File.ReadAllText(Path.Combine(folder, "ledger.csv")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The README's lines that run the CLI (in the first shell block of each section named), without the prefix.
    private static List<string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        return [.. new[] { "### The command-line tool", "### Co-working spaces and vouchers" }.SelectMany(heading =>
        {
            var section = readme[readme.IndexOf(heading, StringComparison.Ordinal)..];
            section = section[..section.IndexOf("\n```\n", section.IndexOf("```sh", StringComparison.Ordinal) + 5, StringComparison.Ordinal)];
            return section.Split('\n').Where(l => l.StartsWith(Prefix, StringComparison.Ordinal)).Select(l => l[Prefix.Length..]);
        })];
    }

    // Shell words: spaces separate, double quotes group, '#' outside quotes starts a comment.
    private static string[] Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (!quoted && c == '#')
            {
                break;
            }
            else if (!quoted && c == ' ')
            {
                if (any)
                {
                    words.Add(word.ToString());
                }

                word.Clear();
                any = false;
            }
            else
            {
                word.Append(c);
                any = true;
            }
        }

        if (any)
        {
            words.Add(word.ToString());
        }

        return [.. words];
    }

    // Two drafts around the demo company the accept and decline examples name.
    private async Task<(string First, string Second)> AnchoredProposalsAsync()
    {
        var (_, output, _) = await Run("--json", "propose", "coach-csmt", "--anchor", "company/officine-bresciane-valvole", "--top", "2");
        var items = JsonNode.Parse(output)!["items"]!.AsArray();
        Assert.True(items.Count >= 2, output);
        return ((string)items[0]!["id"]!, (string)items[1]!["id"]!);
    }

    // Start needs every member's yes: the members the accept example does not name accept too.
    private async Task AcceptAllAsync(string proposal)
    {
        var (_, output, _) = await Run("--json", "proposals", "show", proposal);
        foreach (var member in JsonNode.Parse(output)!["members"]!.AsArray())
        {
            await Run("proposals", "accept", proposal, "--member", $"{(string)member!["kind"]!}/{(string)member["id"]!}");
        }
    }

    private async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(["--url", fixture.Silo.BaseAddress.ToString(), "--key", fixture.Silo.AdminKey, .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Matchmaking.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Matchmaking.sln not found above the test's folder.");
    }
}
