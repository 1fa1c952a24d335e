using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Testing.Cluster;

/// <summary>A profile write the silo acknowledged (2xx): the document it answered with, its version among them.</summary>
public sealed record AcknowledgedWrite(ActorKind Kind, string Id, JsonObject Document, TimeSpan At)
{
    public string Version => (string)Document["version"]!;

    public string Name => (string)Document["name"]!;

    public string Path => $"api/{Kind.Plural()}/{Id}";
}

/// <summary>
/// The last acknowledged write of every profile the load wrote (thread-safe). Each profile has one writer, which
/// sends its next content only once the previous one was acknowledged, so the last acknowledged write is what
/// storage must hold.
/// </summary>
public sealed class AcknowledgedWrites
{
    private readonly ConcurrentDictionary<string, AcknowledgedWrite> last = new();
    private int count;

    /// <summary>How many writes were acknowledged in all.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The last acknowledged write of each profile.</summary>
    public IReadOnlyList<AcknowledgedWrite> Last => [.. last.Values.OrderBy(w => w.Id, StringComparer.Ordinal)];

    public void Record(AcknowledgedWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        last[write.Id] = write;
        Interlocked.Increment(ref count);
    }

    public AcknowledgedWrite? Of(string id) => last.GetValueOrDefault(id);
}
