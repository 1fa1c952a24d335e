using System.Text.Json;
using Matchmaking.Bench.Reviewers;

namespace Matchmaking.Bench.Tests.Reviewers;

public sealed class EvalReviewersCommandTests
{
    [Fact]
    public void The_loader_reads_ratings_without_the_tilde_skips_empty_cells_and_reads_each_archive()
    {
        using var folder = new ReviewerSetFolder();

        var participants = ReviewerDatasetLoader.ReadRatings(folder.Directory);
        var set = ReviewerDatasetLoader.ReadSet(folder.Directory, "d_20_1");

        Assert.Equal(["111", "222"], participants.Select(p => p.Id));
        Assert.Equal([("pv", 5.0), ("pc", 1.0), ("pm", 3.5)], participants[0].Ratings.Select(r => (r.PaperId, r.Expertise)));
        Assert.Equal(2, participants[1].Ratings.Count);
        Assert.Equal(3, set.Submissions.Count);
        Assert.Equal("Cheese ripening in caves. Aged cheese from a dairy cooperative, humidity and moulds.", set.Submissions["pc"].Text);
        Assert.Equal(2, set.ArchiveOf("111").Count);
        Assert.Empty(set.ArchiveOf("333"));
    }

    [Fact]
    public async Task Every_system_orders_a_participants_papers_by_their_own_work_and_writes_predictions_in_the_sets_format()
    {
        using var folder = new ReviewerSetFolder();
        var predictions = Path.Combine(folder.Directory, "out");
        var output = new StringWriter();

        var exit = await EvalReviewersCommand.RunAsync(["--data", folder.Directory, "--json", "--predictions", predictions], output);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var systems = json.RootElement.GetProperty("systems").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("mean").GetDouble());
        Assert.Contains("embedding", systems.Keys);
        Assert.Contains("tfidf", systems.Keys);
        Assert.Contains("engine", systems.Keys);
        Assert.Equal(0, systems["embedding"]);
        Assert.Equal(0, systems["tfidf"]);
        Assert.Equal(6, json.RootElement.GetProperty("published").GetArrayLength());

        using var written = JsonDocument.Parse(File.ReadAllText(Path.Combine(predictions, "embedding", "d_20_1.json")));
        var first = written.RootElement.GetProperty("111");
        Assert.Equal(["pv", "pc", "pm"], first.EnumerateObject().Select(p => p.Name));
        Assert.True(first.GetProperty("pv").GetDouble() > first.GetProperty("pc").GetDouble());
    }

    [Fact]
    public async Task A_missing_folder_or_one_without_ratings_is_a_one_line_error_with_exit_2()
    {
        var output = new StringWriter();
        Assert.Equal(2, await EvalReviewersCommand.RunAsync(["--data", "/nonexistent/reviewers"], output));
        Assert.StartsWith("error: /nonexistent/reviewers is not a folder", output.ToString(), StringComparison.Ordinal);

        var empty = Directory.CreateTempSubdirectory();
        try
        {
            output = new StringWriter();
            Assert.Equal(2, await EvalReviewersCommand.RunAsync(["--data", empty.FullName], output));
            Assert.Contains("evaluations.csv is missing", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
