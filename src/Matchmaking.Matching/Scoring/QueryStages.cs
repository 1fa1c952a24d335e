using System.Diagnostics;

namespace Matchmaking.Matching.Scoring;

/// <summary>The stages of a query, in the order they run.</summary>
internal enum QueryStage
{
    /// <summary>The query's words and their posting lists, and the candidates found by selective words and themes.</summary>
    Candidates,

    /// <summary>BM25 of the selective words, added to the candidates.</summary>
    SelectiveWords,

    /// <summary>BM25 of the common words, added to the candidates.</summary>
    CommonWords,

    /// <summary>Past partners and partners of partners, and actors who worked with the best text matches.</summary>
    Graph,

    /// <summary>The candidates worth scoring in full, by the factors accumulated so far.</summary>
    Pool,

    /// <summary>Every factor of the pool's candidates.</summary>
    Scoring,

    /// <summary>Sorting and spreading the list.</summary>
    Rank,

    /// <summary>Reasons with evidence in the profiles' words.</summary>
    Reasons,
}

/// <summary>What a query's work is counted in, beside its time.</summary>
internal enum QueryCount
{
    /// <summary>Words of the query with a posting list (in each field they are looked for in).</summary>
    Words,

    /// <summary>Postings read to add the words' BM25 to the candidates.</summary>
    Postings,

    /// <summary>Candidates found by words and themes, or touched by the graph.</summary>
    Candidates,

    /// <summary>Candidates scored in full.</summary>
    Pooled,
}

/// <summary>
/// Where the queries asked on one thread spend their time, stage by stage, while a recording is on (the bench's
/// <c>stages</c> command). Off, a stage costs one null check.
/// </summary>
internal sealed class QueryStageTimes
{
    [ThreadStatic]
    private static QueryStageTimes? current;

    /// <summary>Stopwatch ticks per stage (indexed by <see cref="QueryStage"/>).</summary>
    public long[] Ticks { get; } = new long[Enum.GetValues<QueryStage>().Length];

    public int Queries { get; set; }

    /// <summary>Totals of each <see cref="QueryCount"/> (indexed by it).</summary>
    public long[] Counts { get; } = new long[Enum.GetValues<QueryCount>().Length];

    internal static QueryStageTimes? Current => current;

    /// <summary>Starts recording the queries of the calling thread into a new, empty record.</summary>
    public static QueryStageTimes Record() => current = new QueryStageTimes();

    /// <summary>Stops recording on the calling thread.</summary>
    public static void Stop() => current = null;

    /// <summary>The average count per query.</summary>
    public double PerQuery(QueryCount count) => Queries == 0 ? 0 : (double)Counts[(int)count] / Queries;

    /// <summary>Milliseconds per query spent in the stage.</summary>
    public double MillisecondsPerQuery(QueryStage stage) =>
        Queries == 0 ? 0 : Ticks[(int)stage] * 1000.0 / Stopwatch.Frequency / Queries;
}

/// <summary>Laps of one query's stages into the thread's <see cref="QueryStageTimes"/>, when recording.</summary>
internal struct StageClock
{
    private readonly QueryStageTimes? times;
    private long last;

    private StageClock(QueryStageTimes? times)
    {
        this.times = times;
        last = times is null ? 0 : Stopwatch.GetTimestamp();
    }

    public static StageClock Start()
    {
        var times = QueryStageTimes.Current;
        if (times is not null)
        {
            times.Queries++;
        }

        return new StageClock(times);
    }

    /// <summary>Whether the thread records (counting work is then worth its cost).</summary>
    public readonly bool Recording => times is not null;

    /// <summary>Adds <paramref name="amount"/> to the query's <paramref name="count"/>, when recording.</summary>
    public readonly void Count(QueryCount count, long amount)
    {
        if (times is not null)
        {
            times.Counts[(int)count] += amount;
        }
    }

    /// <summary>Ends <paramref name="stage"/>: the time since the last lap is added to it.</summary>
    public void Lap(QueryStage stage)
    {
        if (times is null)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        times.Ticks[(int)stage] += now - last;
        last = now;
    }
}
