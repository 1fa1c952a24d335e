using Matchmaking.Matching.Index;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Tests.Index;

public sealed class ThemeSetsTests
{
    private readonly ThemeSets sets = new(ThemeTaxonomy.Default);

    [Fact]
    public void Equal_lists_are_one_shared_list_and_each_theme_keeps_its_number()
    {
        var first = sets.Of(["iot", "ai"]);
        var again = sets.Of(new List<string> { "iot", "ai" });
        var other = sets.Of(["ai", "blockchain"]);

        Assert.Same(first, again);
        Assert.Equal(["iot", "ai"], first.Ids);
        Assert.Equal(first.Numbers[1], other.Numbers[0]);
        Assert.Equal(3, first.Numbers.Concat(other.Numbers).Distinct().Count());
        Assert.Same(ThemeList.Empty, sets.Of([]));
    }

    [Fact]
    public void Marks_count_the_wanted_themes_a_list_holds_and_ignore_themes_no_list_holds()
    {
        var list = sets.Of(["iot", "industrial-iot", "ai"]);
        sets.Of(["blockchain"]);

        Assert.Equal(2, list.CountMarked(sets.Marks(["ai", "iot", "blockchain", "not-a-theme"])));
        Assert.Equal(0, list.CountMarked(sets.Marks(["blockchain"])));
        Assert.Equal(0, ThemeList.Empty.CountMarked(sets.Marks(["ai"])));
    }

    [Fact]
    public void A_theme_named_twice_is_listed_once()
    {
        var list = sets.Of(["ai", "ai", "iot"]);

        Assert.Equal(["ai", "iot"], list.Ids);
        Assert.Equal(2, list.Numbers.Distinct().Count());
    }
}
