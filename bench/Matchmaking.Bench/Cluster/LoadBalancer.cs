using Matchmaking.Testing.Cluster;

namespace Matchmaking.Bench.Cluster;

/// <summary>
/// Round-robin over the silos, as a load balancer in front of them would: a silo whose connection is refused
/// or lost is taken out (its health check would fail next).
/// </summary>
public sealed class LoadBalancer(IReadOnlyList<Target> targets)
{
    private Target[] live = [.. targets];
    private int turn;

    public IReadOnlyList<Target> Live => Volatile.Read(ref live);

    public Target Next()
    {
        var current = Volatile.Read(ref live);
        return current[(Interlocked.Increment(ref turn) & int.MaxValue) % current.Length];
    }

    /// <summary>Takes <paramref name="name"/> out after a lost connection, unless it is the last silo left.</summary>
    public void TakeOut(string name)
    {
        while (true)
        {
            var current = Volatile.Read(ref live);
            if (current.Length <= 1 || current.All(t => t.Name != name))
            {
                return;
            }

            if (Interlocked.CompareExchange(ref live, [.. current.Where(t => t.Name != name)], current) == current)
            {
                return;
            }
        }
    }
}
