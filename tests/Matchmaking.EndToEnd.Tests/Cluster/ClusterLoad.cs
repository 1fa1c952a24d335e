using Matchmaking.Testing.Cluster;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Cluster;

/// <summary>
/// A client's load on a cluster, round-robin over the silos it is told to use. Writers PUT new and updated
/// companies, startups and researchers (each its own profiles, a new content only once the previous one was
/// acknowledged; a failed write is sent again, through the next silo, until acknowledged), recording every
/// acknowledged write. Readers ask for an actor's suggestions and a brief's, list the load's profiles and read one.
/// </summary>
public sealed class ClusterLoad(RequestLog log, AcknowledgedWrites acknowledged, string token, string demoAsker)
{
    private const string Brief = """{"brief":"We need computer vision to inspect surface defects","target":["startup","researcher"],"top":10}""";

    private Target[] targets = [];
    private int unacknowledged;
    private long askersBefore = -1;

    /// <summary>The writes still not acknowledged when the writers had to give up (after the stop and the drain).</summary>
    public int Unacknowledged => Volatile.Read(ref unacknowledged);

    /// <summary>
    /// When set, readers ask only for the suggestions of actors acknowledged before it (besides at least 3 s ago, the
    /// time for every silo's read models to list them). Set before the storage goes away: a silo's read models learn
    /// of other silos' writes from storage, so a write acknowledged just before is listed by the others only once it is back.
    /// </summary>
    public TimeSpan? AskersBefore
    {
        get => Volatile.Read(ref askersBefore) is var ticks and >= 0 ? TimeSpan.FromTicks(ticks) : null;
        set => Volatile.Write(ref askersBefore, value?.Ticks ?? -1);
    }

    /// <summary>The silos the next requests go to (a load balancer's view: a dead silo is taken out).</summary>
    public void SendTo(params Target[] silos) => Volatile.Write(ref targets, silos);

    /// <summary>
    /// Runs <paramref name="writers"/> writers until <paramref name="stop"/>; each then keeps sending its pending
    /// write until acknowledged or <paramref name="drain"/> is cancelled.
    /// </summary>
    public Task WriteAsync(int writers, CancellationToken stop, CancellationToken drain) =>
        Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => WriterAsync(w, stop, drain))));

    /// <summary>Runs <paramref name="readers"/> readers until <paramref name="stop"/>.</summary>
    public Task ReadAsync(int readers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, readers).Select(r => Task.Run(() => ReaderAsync(r, stop))));

    /// <summary>A profile document of <paramref name="kind"/> named <paramref name="name"/>.</summary>
    public static JsonObject Profile(ActorKind kind, string name) => kind switch
    {
        ActorKind.Company => Company(name),
        ActorKind.Startup => Startup(name),
        _ => Researcher(name),
    };

    /// <summary>Sends <paramref name="document"/> once through <paramref name="target"/>; records it when acknowledged.</summary>
    public async Task<Answer> PutAsync(Target target, ActorKind kind, string id, JsonObject document)
    {
        var answer = await log.SendAsync(target.Name, $"PUT {kind.Name()}", target.Http, http => http.PutAsJsonAsync($"api/{kind.Plural()}/{id}", document));
        if (answer.Succeeded)
        {
            acknowledged.Record(new AcknowledgedWrite(kind, id, answer.Body!.AsObject(), log.Now));
        }

        return answer;
    }

    private async Task WriterAsync(int writer, CancellationToken stop, CancellationToken drain)
    {
        var random = new Random(writer);
        var mine = new List<(ActorKind Kind, string Id)>();
        var turn = writer;
        var sequence = 0;
        (ActorKind Kind, string Id, JsonObject Document)? pending = null;
        while (true)
        {
            if (pending is null)
            {
                if (stop.IsCancellationRequested)
                {
                    return;
                }

                sequence++;
                var (kind, id) = mine.Count < 2 || random.Next(3) == 0
                    ? (ActorKinds.All[sequence % 3], $"chaos-{token}-w{writer}-{sequence}")
                    : mine[random.Next(mine.Count)];
                pending = (kind, id, Profile(kind, $"Chaos {token} w{writer} n{sequence}"));
            }
            else if (drain.IsCancellationRequested)
            {
                Interlocked.Increment(ref unacknowledged);
                return;
            }

            var write = pending.Value;
            var answer = await PutAsync(Next(ref turn), write.Kind, write.Id, write.Document);
            if (answer.Succeeded)
            {
                if (!mine.Contains((write.Kind, write.Id)))
                {
                    mine.Add((write.Kind, write.Id));
                }

                pending = null;
            }
            else
            {
                await Task.Delay(50, CancellationToken.None);
            }
        }
    }

    private async Task ReaderAsync(int reader, CancellationToken stop)
    {
        var random = new Random(1000 + reader);
        var turn = reader;
        for (var step = reader; !stop.IsCancellationRequested; step++)
        {
            var target = Next(ref turn);
            var cutoff = log.Now - TimeSpan.FromSeconds(3);
            if (AskersBefore is { } before && before < cutoff)
            {
                cutoff = before;
            }

            var settled = acknowledged.Last.Where(w => w.At < cutoff).ToList();
            var known = settled.Count > 0 ? settled[random.Next(settled.Count)] : null;
            switch (step % 4)
            {
                case 0:
                    var asker = known is null ? $"api/companies/{demoAsker}" : known.Path;
                    await log.SendAsync(target.Name, "GET suggestions", target.Http, http => http.GetAsync($"{asker}/suggestions?top=5"));
                    break;
                case 1:
                    await log.SendAsync(target.Name, "POST brief", target.Http, http => http.PostAsync("api/suggestions", Json(Brief)));
                    break;
                case 2:
                    await log.SendAsync(target.Name, "GET list", target.Http, http => http.GetAsync($"api/actors?q={token}&pageSize=20"));
                    break;
                default:
                    var path = known?.Path ?? $"api/companies/{demoAsker}";
                    await log.SendAsync(target.Name, "GET profile", target.Http, http => http.GetAsync(path));
                    break;
            }
        }
    }

    private Target Next(ref int turn)
    {
        var silos = Volatile.Read(ref targets);
        return silos[(turn++ & int.MaxValue) % silos.Length];
    }
}
