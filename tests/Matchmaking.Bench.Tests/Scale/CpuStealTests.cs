using Matchmaking.Bench.Scale;

namespace Matchmaking.Bench.Tests.Scale;

public sealed class CpuStealTests
{
    [Fact]
    public void The_first_line_of_proc_stat_gives_steal_and_the_total_without_guest_time()
    {
        var counters = CpuSteal.Parse("cpu  100 5 20 800 10 1 2 62 30 0");

        Assert.Equal(new CpuSteal(62, 1000), counters);
    }

    [Fact]
    public void The_share_stolen_is_the_steal_over_the_time_passed()
    {
        var before = CpuSteal.Parse("cpu  100 0 0 800 0 0 0 100 0 0");
        var after = CpuSteal.Parse("cpu  400 0 0 1300 0 0 0 300 0 0");

        Assert.Equal(0.2, CpuSteal.ShareBetween(before, after)!.Value, 6);
        Assert.Null(CpuSteal.ShareBetween(after, after));
        Assert.Null(CpuSteal.ShareBetween(null, after));
    }

    [Theory]
    [InlineData("cpu0 1 2 3 4 5 6 7 8")]
    [InlineData("cpu  1 2 3")]
    [InlineData("cpu  1 2 3 4 5 6 7 x")]
    [InlineData("")]
    public void Lines_of_another_shape_give_no_counters(string line)
    {
        Assert.Null(CpuSteal.Parse(line));
    }

    [Fact]
    public void The_counters_are_read_where_linux_keeps_them_and_only_grow()
    {
        var first = CpuSteal.Read();
        Thread.Sleep(20);
        var second = CpuSteal.Read();

        Assert.Equal(File.Exists("/proc/stat"), first is not null);
        if (first is { } before && second is { } after)
        {
            Assert.True(after.Total >= before.Total && after.Steal >= before.Steal);
        }
    }
}
