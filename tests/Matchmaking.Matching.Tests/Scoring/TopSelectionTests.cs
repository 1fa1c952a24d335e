using Matchmaking.Matching.Scoring;

namespace Matchmaking.Matching.Tests.Scoring;

public sealed class TopSelectionTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(40)]
    public void The_largest_items_come_first_for_random_spans_with_ties(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var length = random.Next(0, 400);
            var distinct = random.Next(1, 50);
            var items = Enumerable.Range(0, length).Select(_ => random.Next(distinct)).ToArray();
            var count = random.Next(-1, length + 2);
            var expected = items.OrderDescending().Take(Math.Max(0, count)).Order().ToArray();

            TopSelection.LargestFirst(items.AsSpan(), count);

            var taken = Math.Clamp(count, 0, length);
            Assert.Equal(expected, items[..taken].Order().ToArray());
            Assert.Equal(length, items.Length);
        }
    }

    [Fact]
    public void Sorted_reversed_and_equal_spans_are_selected_as_well()
    {
        foreach (var items in (int[][])[[.. Enumerable.Range(0, 5_000)], [.. Enumerable.Range(0, 5_000).Reverse()], [.. Enumerable.Repeat(7, 5_000)]])
        {
            var expected = items.OrderDescending().Take(300).Order().ToArray();

            TopSelection.LargestFirst(items.AsSpan(), 300);

            Assert.Equal(expected, items[..300].Order().ToArray());
        }
    }

    [Fact]
    public void The_span_keeps_its_items()
    {
        var items = Enumerable.Range(0, 1_000).Select(i => (i * 7919) % 1_000).ToArray();

        TopSelection.LargestFirst(items.AsSpan(), 10);

        Assert.Equal(Enumerable.Range(990, 10), items[..10].Order());
        Assert.Equal(Enumerable.Range(0, 1_000), items.Order());
    }
}
