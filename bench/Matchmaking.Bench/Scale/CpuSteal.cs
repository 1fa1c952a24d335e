using System.Globalization;

namespace Matchmaking.Bench.Scale;

/// <summary>
/// The machine's processor time counters from Linux's <c>/proc/stat</c>: how much of the time the host gave the
/// virtual processors to someone else ("steal"). On a shared virtual machine a stolen stretch stretches whatever query
/// runs in it, so a latency figure means little without it. Absent (null) where the counters are not readable.
/// </summary>
public readonly record struct CpuSteal(long Steal, long Total)
{
    private const string StatPath = "/proc/stat";

    /// <summary>The counters now, or null off Linux.</summary>
    public static CpuSteal? Read()
    {
        try
        {
            return File.Exists(StatPath) ? Parse(File.ReadLines(StatPath).First()) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// The counters of the first line of <c>/proc/stat</c> ("cpu  user nice system idle iowait irq softirq steal …"),
    /// or null for a line in another shape.
    /// </summary>
    public static CpuSteal? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 9 || fields[0] != "cpu")
        {
            return null;
        }

        var values = new long[fields.Length - 1];
        for (var i = 0; i < values.Length; i++)
        {
            if (!long.TryParse(fields[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out values[i]))
            {
                return null;
            }
        }

        // guest and guest_nice (fields 9 and 10) are already counted in user and nice.
        var total = values.Take(8).Sum();
        return new CpuSteal(values[7], total);
    }

    /// <summary>The share of the machine's processor time stolen between two readings (null when either is missing).</summary>
    public static double? ShareBetween(CpuSteal? before, CpuSteal? after) =>
        before is { } b && after is { } a && a.Total > b.Total ? (double)(a.Steal - b.Steal) / (a.Total - b.Total) : null;
}
