using System.Text.Json;

namespace Matchmaking.Bench.Tests.Reviewers;

/// <summary>A tiny gold standard written in the published layout to a temporary folder.</summary>
public sealed class ReviewerSetFolder : IDisposable
{
    public ReviewerSetFolder()
    {
        Directory = Path.Combine(Path.GetTempPath(), "reviewers-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllLines(Path.Combine(Directory, "evaluations.csv"),
        [
            "ParticipantID\tPaper1\tPaper2\tPaper3\tExpertise1\tExpertise2\tExpertise3",
            "~111\tpv\tpc\tpm\t5.0\t1.0\t3.5",
            "222\tpc\tpv\t\t4.75\t1.5\t",
        ]);
        WriteSet("d_20_1",
            new Dictionary<string, (string, string)>
            {
                ["pv"] = ("Vibration sensors for bearing faults", "Accelerometers on spindles detect bearing wear in machine tools."),
                ["pc"] = ("Cheese ripening in caves", "Aged cheese from a dairy cooperative, humidity and moulds."),
                ["pm"] = ("Maintenance scheduling of machines", "Planning maintenance windows for machine tools from sensor alarms."),
            },
            new Dictionary<string, (string, string)[]>
            {
                ["111"] = [("Spindle vibration analysis", "Bearing faults in machine tool spindles seen by accelerometers."), ("Sensor networks in factories", "Wireless sensors monitor machines.")],
                ["222"] = [("Dairy microbiology", "Moulds and bacteria in cheese ripening caves."), ("Milk quality", "Cooperative dairies and the quality of milk.")],
            });
    }

    public string Directory { get; }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind harms nothing.
        }
    }

    private void WriteSet(string name, Dictionary<string, (string Title, string Abstract)> submissions, Dictionary<string, (string Title, string Abstract)[]> archives)
    {
        var folder = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(Path.Combine(folder, "archives"));
        File.WriteAllText(Path.Combine(folder, "submissions.json"), JsonSerializer.Serialize(
            submissions.ToDictionary(s => s.Key, s => new { id = s.Key, content = new { title = s.Value.Title, @abstract = s.Value.Abstract } })));
        foreach (var (author, papers) in archives)
        {
            File.WriteAllLines(Path.Combine(folder, "archives", $"~{author}.jsonl"), papers.Select((p, i) =>
                JsonSerializer.Serialize(new { id = $"{author}-{i}", content = new { title = p.Title, @abstract = p.Abstract } })));
        }
    }
}
