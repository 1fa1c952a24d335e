using System.Text.Json;
using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Tests.Evaluation;

public sealed class EvalCommandTests
{
    [Fact]
    public async Task Json_output_is_one_object_with_systems_by_kind_counts_hubs_and_timing()
    {
        using var set = Corpora.Mixed().Write();
        var output = new StringWriter();

        var exit = await EvalCommand.RunAsync(["--data", set.Directory, "--mode", "entity", "--json", "--seed", "3"], output);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(Path.GetFileName(set.Directory), root.GetProperty("dataset").GetString());
        Assert.Equal("entity", root.GetProperty("mode").GetString());
        var systems = root.GetProperty("systems");
        Assert.Equal(["bm25", "popularity", "random", "co-participation", "adamic-adar"], systems.EnumerateObject().Select(p => p.Name));
        Assert.False(systems.TryGetProperty("engine", out _));
        Assert.Equal(["recall@10", "recall@20", "ndcg@10", "mrr"], systems.GetProperty("bm25").EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("byKind").GetProperty("company").TryGetProperty("co-participation", out _));
        Assert.True(root.GetProperty("byKind").GetProperty("research").TryGetProperty("bm25", out _));
        Assert.True(root.GetProperty("counts").GetProperty("queries").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("excludedHubs").ValueKind);
        Assert.True(root.GetProperty("timing").GetProperty("totalMs").GetDouble() >= 0);
        var newPartners = root.GetProperty("newPartners");
        Assert.True(newPartners.GetProperty("queries").GetInt32() > 0);
        Assert.Equal(systems.EnumerateObject().Select(p => p.Name), newPartners.GetProperty("systems").EnumerateObject().Select(p => p.Name));
        Assert.True(newPartners.GetProperty("byKind").GetProperty("research").TryGetProperty("adamic-adar", out _));
    }

    [Fact]
    public async Task Brief_json_has_no_new_partners_split_and_no_entity_only_baseline()
    {
        using var set = Corpora.Mixed().Write();
        var output = new StringWriter();

        Assert.Equal(0, await EvalCommand.RunAsync(["--data", set.Directory, "--mode", "brief", "--json"], output));

        using var json = JsonDocument.Parse(output.ToString());
        Assert.False(json.RootElement.TryGetProperty("newPartners", out _));
        Assert.Equal(["bm25", "popularity", "random"], json.RootElement.GetProperty("systems").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Table_output_names_the_set_the_systems_and_the_wall_time()
    {
        using var set = Corpora.Mixed().Write();
        var output = new StringWriter();

        var exit = await EvalCommand.RunAsync(["--data", set.Directory, "--mode", "brief", "--limit-projects", "4"], output);

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("mode brief", text, StringComparison.Ordinal);
        Assert.Contains("limit-projects 4", text, StringComparison.Ordinal);
        Assert.Contains("popularity", text, StringComparison.Ordinal);
        Assert.DoesNotContain("co-participation", text, StringComparison.Ordinal);
        Assert.Contains("wall time", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--mode", "brief")]
    [InlineData("--data", "x", "--mode", "sideways")]
    [InlineData("--data", "x", "--mode", "brief", "--limit-projects", "0")]
    [InlineData("--data", "x", "--mode", "brief", "--frobnicate")]
    public async Task Bad_arguments_exit_with_2_and_print_the_usage(params string[] args)
    {
        var output = new StringWriter();

        Assert.Equal(2, await EvalCommand.RunAsync(args, output));
        Assert.Contains("usage: eval", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_the_csv_files_exits_with_2()
    {
        using var set = new EvalSet();
        var output = new StringWriter();

        Assert.Equal(2, await EvalCommand.RunAsync(["--data", set.Directory, "--mode", "brief"], output));
        Assert.Contains("projects.csv", output.ToString(), StringComparison.Ordinal);
    }
}
