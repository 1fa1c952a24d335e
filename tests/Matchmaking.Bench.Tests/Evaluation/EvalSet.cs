using System.Text;
using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Tests.Evaluation;

/// <summary>A tiny evaluation set written as CSV files into its own temp folder, deleted on dispose.</summary>
internal sealed class EvalSet : IDisposable
{
    private readonly List<string[]> _projects = [];
    private readonly List<string[]> _participations = [];

    public EvalSet()
    {
        Directory = Path.Combine(Path.GetTempPath(), "mm-eval-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public EvalSet Project(string id, string title, string objective, string keywords = "", string topics = "")
    {
        _projects.Add([id, title, objective, keywords, topics]);
        return this;
    }

    public EvalSet Member(string projectId, string organisationId, string type = "REC", string country = "IT", string city = "Milano", string role = "participant")
    {
        _participations.Add([projectId, organisationId, "Org " + organisationId, type, country, city, role]);
        return this;
    }

    /// <summary>Adds a project and its members at once.</summary>
    public EvalSet Consortium(string id, string text, params string[] organisationIds)
    {
        Project(id, "Project " + id, text);
        foreach (var organisation in organisationIds)
        {
            Member(id, organisation, organisation.StartsWith('C') ? "PRC" : "REC");
        }

        return this;
    }

    public EvalSet Write()
    {
        WriteCsv("projects.csv", ["id", "title", "objective", "keywords", "topics"], _projects);
        WriteCsv("participations.csv", ["projectID", "organisationID", "name", "activityType", "country", "city", "role"], _participations);
        return this;
    }

    public EvaluationCorpus Corpus(double hubShare = 0.5) => EvaluationCorpus.Build(CordisDatasetLoader.Load(Write().Directory), hubShare);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private void WriteCsv(string file, string[] header, List<string[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in new[] { header }.Concat(rows))
        {
            text.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        }

        File.WriteAllText(Path.Combine(Directory, file), text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
