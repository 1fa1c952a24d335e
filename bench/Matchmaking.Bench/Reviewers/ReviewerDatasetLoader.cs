using System.Globalization;
using System.Text.Json;

namespace Matchmaking.Bench.Reviewers;

/// <summary>
/// Reads the reviewer–paper gold standard as published (niharshah/goldstandard-reviewer-paper-match):
/// <c>evaluations.csv</c> (tab-separated ratings) and the OpenReview-format sets <c>d_20_N/submissions.json</c>,
/// <c>d_20_N/archives/~AUTHORID.jsonl</c>.
/// </summary>
public static class ReviewerDatasetLoader
{
    public static IReadOnlyList<Participant> ReadRatings(string directory)
    {
        var path = Path.Combine(directory, "evaluations.csv");
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path} is missing: is {directory} the reviewer_goldstandard folder?");
        }

        var lines = File.ReadAllLines(path);
        var header = lines.Length > 0 ? lines[0].Split('\t') : [];
        var id = Array.IndexOf(header, "ParticipantID");
        if (id < 0)
        {
            throw new InvalidDataException($"{path} has no ParticipantID column.");
        }

        var participants = new List<Participant>();
        foreach (var (line, number) in lines.Skip(1).Select((l, i) => (l, i + 2)).Where(x => x.l.Length > 0))
        {
            var cells = line.Split('\t');
            var ratings = new List<Rating>();
            for (var k = 1; ; k++)
            {
                var paper = Array.IndexOf(header, $"Paper{k}");
                var expertise = Array.IndexOf(header, $"Expertise{k}");
                if (paper < 0 || expertise < 0)
                {
                    break;
                }

                if (paper < cells.Length && expertise < cells.Length && cells[paper].Length > 0 && cells[expertise].Length > 0)
                {
                    if (!double.TryParse(cells[expertise], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                    {
                        throw new InvalidDataException($"{path}:{number}: Expertise{k} '{cells[expertise]}' is not a number.");
                    }

                    ratings.Add(new Rating(cells[paper], value));
                }
            }

            participants.Add(new Participant(cells[id].TrimStart('~'), ratings));
        }

        return participants;
    }

    /// <summary>The set folders (d_20_1 … d_20_10) in numeric order.</summary>
    public static IReadOnlyList<string> SetNames(string directory) =>
        [.. Directory.EnumerateDirectories(directory)
            .Where(d => File.Exists(Path.Combine(d, "submissions.json")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)];

    public static ReviewerSet ReadSet(string directory, string name)
    {
        var folder = Path.Combine(directory, name);
        using var submissions = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "submissions.json")));
        var papers = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var entry in submissions.RootElement.EnumerateObject())
        {
            papers[entry.Name] = ReadPaper(entry.Value, entry.Name);
        }

        var archives = new Dictionary<string, IReadOnlyList<Paper>>(StringComparer.Ordinal);
        var archiveFolder = Path.Combine(folder, "archives");
        foreach (var file in Directory.Exists(archiveFolder) ? Directory.EnumerateFiles(archiveFolder, "*.jsonl") : [])
        {
            var author = Path.GetFileNameWithoutExtension(file).TrimStart('~');
            archives[author] = [.. File.ReadLines(file)
                .Where(l => l.Length > 0)
                .Select(l => { using var d = JsonDocument.Parse(l); return ReadPaper(d.RootElement, null); })];
        }

        return new ReviewerSet(name, papers, archives);
    }

    private static Paper ReadPaper(JsonElement element, string? fallbackId)
    {
        var id = element.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : fallbackId ?? string.Empty;
        var content = element.TryGetProperty("content", out var c) ? c : default;
        return new Paper(id, Field(content, "title"), Field(content, "abstract"));
    }

    private static string Field(JsonElement content, string name) =>
        content.ValueKind == JsonValueKind.Object && content.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : string.Empty;
}
