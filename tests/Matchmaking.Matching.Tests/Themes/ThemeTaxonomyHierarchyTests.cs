using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Tests.Themes;

public sealed class ThemeTaxonomyHierarchyTests
{
    private static readonly ThemeTaxonomy Taxonomy = ThemeTaxonomy.Default;

    [Fact]
    public void Children_are_the_direct_children_in_document_order()
    {
        Assert.Equal(["machine-learning", "computer-vision", "nlp", "predictive-maintenance"], Taxonomy.Children("ai"));
        Assert.Equal(["energy-communities", "renewable-energy", "energy-efficiency"], Taxonomy.Children("energy"));
        Assert.Empty(Taxonomy.Children("nlp"));
    }

    [Fact]
    public void Descendants_exclude_the_theme_itself()
    {
        Assert.Equal(["industrial-iot", "smart-city"], Taxonomy.Descendants("iot"));
        Assert.Equal(["additive-manufacturing", "robotics"], Taxonomy.Descendants("industry-4-0").Order());
        Assert.DoesNotContain("ai", Taxonomy.Descendants("ai"));
        Assert.Empty(Taxonomy.Descendants("cybersecurity"));
    }

    [Fact]
    public void Descendants_reach_grandchildren_depth_first()
    {
        var taxonomy = ThemeTaxonomy.Parse("""
            { "themes": [
              { "id": "a", "label": { "it": "A", "en": "A" } },
              { "id": "b", "parent": "a", "label": { "it": "B", "en": "B" } },
              { "id": "c", "parent": "a", "label": { "it": "C", "en": "C" } },
              { "id": "b1", "parent": "b", "label": { "it": "B uno", "en": "B one" } }
            ] }
            """);

        Assert.Equal(["b", "b1", "c"], taxonomy.Descendants("a"));
        Assert.Equal(["b", "a"], taxonomy.Ancestors("b1"));
    }

    [Fact]
    public void Ancestors_go_from_parent_to_root()
    {
        Assert.Equal(["iot"], Taxonomy.Ancestors("industrial-iot"));
        Assert.Equal(["digital-public-services"], Taxonomy.Ancestors("e-payments"));
        Assert.Empty(Taxonomy.Ancestors("iot"));
    }

    [Fact]
    public void Unknown_ids_have_no_relatives_and_are_not_contained()
    {
        Assert.False(Taxonomy.Contains("quantum"));
        Assert.False(Taxonomy.TryGet("quantum", out _));
        Assert.False(Taxonomy.Contains("AI")); // ids are case-sensitive
        Assert.Empty(Taxonomy.Children("quantum"));
        Assert.Empty(Taxonomy.Descendants("quantum"));
        Assert.Empty(Taxonomy.Ancestors("quantum"));
        Assert.True(Taxonomy.Contains("ai"));
    }
}
