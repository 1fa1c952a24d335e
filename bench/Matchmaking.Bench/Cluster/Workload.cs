using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Testing.Cluster;

namespace Matchmaking.Bench.Cluster;

/// <summary>What a request of the load does.</summary>
public enum Operation
{
    /// <summary><c>GET /api/{kinds}/{id}/suggestions?top=10</c> for a random imported actor.</summary>
    Suggestions,

    /// <summary><c>POST /api/suggestions</c> with one of a few briefs in Italian and English.</summary>
    Brief,

    /// <summary><c>GET /api/actors</c>: a page of the directory, filtered by kind, province or text.</summary>
    List,

    /// <summary><c>PUT /api/{kinds}/{id}</c>: a new version of a random imported profile.</summary>
    Write,
}

/// <summary>
/// The requests of the cluster benchmark over the synthetic ecosystem that was imported. Two writes of one profile
/// are never in flight at once, so the last acknowledged write of each profile is what storage must hold.
/// </summary>
public sealed class Workload(SyntheticEcosystem ecosystem, int profiles, RequestLog log, AcknowledgedWrites acknowledged)
{
    private static readonly string[] Briefs =
    [
        """{"brief":"Cerchiamo sensori e manutenzione predittiva per le presse","top":10}""",
        """{"brief":"We need computer vision to inspect surface defects","target":["startup","researcher"],"top":10}""",
        """{"brief":"economia circolare plastica riciclata","target":["company","startup"],"top":10}""",
        """{"brief":"blockchain traceability for the food supply chain","top":10}""",
    ];

    private static readonly string[] Lists =
    [
        "api/actors?pageSize=20&page={0}",
        "api/actors?kind=company&province=BS&pageSize=20",
        "api/actors?q=sensori&pageSize=20",
        "api/actors?q=data&kind=researcher&pageSize=20&page={0}",
    ];

    private readonly ConcurrentDictionary<int, int> versions = new();
    private readonly ConcurrentDictionary<int, byte> inFlight = new();

    public RequestLog Log => log;

    /// <summary>Sends one request of <paramref name="operation"/> through <paramref name="target"/>.</summary>
    public Task<Answer> SendAsync(Operation operation, Target target, Random random)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(random);
        switch (operation)
        {
            case Operation.Suggestions:
                var asker = random.Next(profiles);
                var path = $"{Path(asker)}/suggestions?top=10{(random.Next(2) == 0 ? "" : $"&target={ActorKinds.All[random.Next(3)].Name()}")}";
                return log.SendAsync(target.Name, "suggestions", target.Http, http => http.GetAsync(new Uri(path, UriKind.Relative)));
            case Operation.Brief:
                var brief = Briefs[random.Next(Briefs.Length)];
                return log.SendAsync(target.Name, "brief", target.Http, http => http.PostAsync(new Uri("api/suggestions", UriKind.Relative), new StringContent(brief, Encoding.UTF8, "application/json")));
            case Operation.List:
                var list = string.Format(System.Globalization.CultureInfo.InvariantCulture, Lists[random.Next(Lists.Length)], 1 + random.Next(50));
                return log.SendAsync(target.Name, "list", target.Http, http => http.GetAsync(new Uri(list, UriKind.Relative)));
            default:
                return WriteAsync(target, random);
        }
    }

    private async Task<Answer> WriteAsync(Target target, Random random)
    {
        var index = random.Next(profiles);
        while (!inFlight.TryAdd(index, 0))
        {
            index = (index + 1) % profiles;
        }

        try
        {
            var actor = ecosystem.Actor(index);
            var version = versions.AddOrUpdate(index, 1, (_, v) => v + 1);
            var profile = actor.Profile with { Name = $"{actor.Profile.Name} · v{version}" };
            var answer = await log.SendAsync(target.Name, "write", target.Http, http => http.PutAsJsonAsync(new Uri(Path(index), UriKind.Relative), ImportDocuments.Profile(profile)));
            if (answer.Succeeded)
            {
                acknowledged.Record(new AcknowledgedWrite(actor.Kind, actor.Id, answer.Body!.AsObject(), log.Now));
            }

            return answer;
        }
        finally
        {
            inFlight.TryRemove(index, out _);
        }
    }

    private static string Path(int index) => $"api/{SyntheticEcosystem.KindOf(index).Plural()}/{SyntheticEcosystem.IdOf(index)}";
}
