using System.Diagnostics;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Grains.Directory;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Bench.Scale;

/// <summary>
/// The directory's lists at scale, in-process: the actor directory filled with synthetic profiles, then each list
/// shape the pages and the API ask for (a page of everyone, by kind and province, by text, by theme) timed one at a
/// time, as a viewer who may see everyone and as an anonymous one.
/// </summary>
public static class ListsCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        var size = Arguments.Int(args, "--size", 100_000);
        var rounds = Arguments.Int(args, "--rounds", 50);
        var ecosystem = new SyntheticEcosystem();
        var directory = new ActorDirectory(ThemeTaxonomy.Default);
        var actors = Enumerable.Range(0, size).AsParallel().AsOrdered().Select(ecosystem.Actor).ToList();
        var clock = Stopwatch.StartNew();
        foreach (var actor in actors)
        {
            directory.Upsert(actor.Kind, actor.Id, actor.Profile);
        }

        output.WriteLine($"lists: {size:N0} profiles in the directory in {clock.Elapsed.TotalSeconds:N1} s; {rounds} rounds per shape");
        Func<ActorRef, ActorVisibility, bool> anonymous = (_, visibility) => visibility == ActorVisibility.Public;
        var theme = ThemeTaxonomy.Default.All[0].Id;
        var shapes = new (string Name, DirectoryQuery Query)[]
        {
            ("page 7 of everyone", new DirectoryQuery(Page: 7)),
            ("page 7 of everyone, anonymous", new DirectoryQuery(Page: 7, Visible: anonymous)),
            ("companies in BS", new DirectoryQuery(Kind: ActorKind.Company, Province: "BS")),
            ("text 'sensori'", new DirectoryQuery(Text: "sensori")),
            ("text 'data', researchers, page 3", new DirectoryQuery(Kind: ActorKind.Researcher, Text: "data", Page: 3)),
            ($"theme {theme}", new DirectoryQuery(Theme: theme)),
        };
        foreach (var (name, query) in shapes)
        {
            var total = directory.Query(query).Total; // warm-up
            var times = new List<double>(rounds);
            for (var i = 0; i < rounds; i++)
            {
                var start = Stopwatch.GetTimestamp();
                directory.Query(query);
                times.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
            }

            var latency = Latency.Of(times);
            output.WriteLine($"  {name,-34} {total,7:N0} matches  p50 {latency.P50,8:N2} ms  p99 {latency.P99,8:N2} ms");
        }

        var offerers = new List<double>();
        foreach (var info in ThemeTaxonomy.Default.All)
        {
            var start = Stopwatch.GetTimestamp();
            directory.Offerers(info.Id);
            directory.Seekers(info.Id);
            offerers.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
        }

        output.WriteLine($"  offerers and seekers of each theme   {ThemeTaxonomy.Default.All.Count} themes  p50 {Latency.Of(offerers).P50,8:N2} ms");
        return 0;
    }
}
