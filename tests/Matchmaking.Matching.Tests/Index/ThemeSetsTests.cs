using Matchmaking.Matching.Index;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Tests.Index;

public sealed class ThemeSetsTests
{
    private readonly ThemeSets sets = new(ThemeTaxonomy.Default);

    [Fact]
    public void Named_lists_keep_their_order_and_equal_ones_are_one_array()
    {
        var first = sets.Of(["iot", "ai"]);

        Assert.Same(first, sets.Of(new List<string> { "iot", "ai" }));
        Assert.Equal(["ai", "iot"], sets.Of(["ai", "iot"]));
        Assert.NotSame(first, sets.Of(["ai", "iot"]));
        Assert.Equal(["ai", "iot"], sets.Of(["ai", "ai", "iot"]));
        Assert.Empty(sets.Of([]));
    }

    [Fact]
    public void A_set_named_in_any_order_is_one_shared_list_in_number_order()
    {
        var first = sets.Numbered(["iot", "ai"]);
        var other = sets.Numbered(["blockchain", "ai"]);

        Assert.Same(first, sets.Numbered(["ai", "iot", "ai"]));
        Assert.Equal(["iot", "ai"], first.Ids);
        Assert.Equal([0, 1], first.Numbers);
        Assert.Equal(["ai", "blockchain"], other.Ids);
        Assert.Equal([1, 2], other.Numbers);
        Assert.Same(ThemeList.Empty, sets.Numbered([]));
    }

    [Fact]
    public void Marks_count_the_wanted_themes_a_set_holds_and_ignore_themes_no_set_holds()
    {
        var set = sets.Numbered(["iot", "industrial-iot", "ai"]);
        sets.Numbered(["blockchain"]);

        Assert.Equal(2, set.CountMarked(sets.Marks(["ai", "iot", "blockchain", "not-a-theme"])));
        Assert.Equal(0, set.CountMarked(sets.Marks(["blockchain"])));
        Assert.Equal(0, ThemeList.Empty.CountMarked(sets.Marks(["ai"])));
    }
}
