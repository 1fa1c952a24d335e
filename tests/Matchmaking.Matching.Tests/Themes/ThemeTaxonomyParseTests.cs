using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Tests.Themes;

public sealed class ThemeTaxonomyParseTests
{
    private static string Theme(string id, string? parent = null, string labelIt = "Etichetta", string labelEn = "Label") =>
        $$"""{ "id": "{{id}}", {{(parent is null ? "" : $"\"parent\": \"{parent}\",")}} "label": { "it": "{{labelIt}}", "en": "{{labelEn}}" } }""";

    private static string Document(params string[] themes) => $$"""{ "themes": [ {{string.Join(", ", themes)}} ] }""";

    [Fact]
    public void Parse_reads_every_field()
    {
        var taxonomy = ThemeTaxonomy.Parse("""
            { "themes": [ {
              "id": "energy", "hubs": ["rei"],
              "label": { "it": "Energia", "en": "Energy" },
              "description": { "it": "Descrizione", "en": "Description" },
              "synonyms": { "it": ["transizione energetica"], "en": ["energy transition"] },
              "caseSensitive": ["ESCO"]
            } ] }
            """);

        var theme = Assert.Single(taxonomy.All);
        Assert.Equal("Energia", theme.LabelIt);
        Assert.Equal("Energy", theme.LabelEn);
        Assert.Equal("Descrizione", theme.DescriptionIt);
        Assert.Equal("Description", theme.DescriptionEn);
        Assert.Null(theme.Parent);
        Assert.Equal(["transizione energetica"], theme.SynonymsIt);
        Assert.Equal(["energy transition"], theme.SynonymsEn);
        Assert.Equal(["ESCO"], theme.CaseSensitiveTerms);
        Assert.Equal(["rei"], theme.Hubs);
        Assert.Equal(["energy"], taxonomy.FindInText("Una ESCO per la transizione energetica"));
    }

    [Fact]
    public void Parse_rejects_a_duplicate_id_naming_it()
    {
        var e = Assert.Throws<ThemeTaxonomyException>(() => ThemeTaxonomy.Parse(Document(Theme("ai"), Theme("cloud"), Theme("ai"))));

        Assert.Contains("Duplicate theme id 'ai'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_an_unknown_parent_naming_theme_and_parent()
    {
        var e = Assert.Throws<ThemeTaxonomyException>(() => ThemeTaxonomy.Parse(Document(Theme("nlp", parent: "a-i"))));

        Assert.Contains("'nlp'", e.Message, StringComparison.Ordinal);
        Assert.Contains("unknown parent 'a-i'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_a_cycle_naming_its_members()
    {
        var json = Document(Theme("root"), Theme("a", parent: "c"), Theme("b", parent: "a"), Theme("c", parent: "b"));

        var e = Assert.Throws<ThemeTaxonomyException>(() => ThemeTaxonomy.Parse(json));

        Assert.Contains("cycle", e.Message, StringComparison.Ordinal);
        Assert.Contains("a -> c -> b -> a", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_a_theme_that_is_its_own_parent()
    {
        var e = Assert.Throws<ThemeTaxonomyException>(() => ThemeTaxonomy.Parse(Document(Theme("ai", parent: "ai"))));

        Assert.Contains("cycle: ai -> ai", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Label", "Italian label")]
    [InlineData("Etichetta", "  ", "English label")]
    public void Parse_rejects_an_empty_label(string labelIt, string labelEn, string expected)
    {
        var e = Assert.Throws<ThemeTaxonomyException>(() => ThemeTaxonomy.Parse(Document(Theme("ai", labelIt: labelIt, labelEn: labelEn))));

        Assert.Contains("'ai'", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_a_missing_label()
    {
        var e = Assert.Throws<ThemeTaxonomyException>(() => ThemeTaxonomy.Parse("""{ "themes": [ { "id": "ai" } ] }"""));

        Assert.Contains("'ai' has an empty Italian label", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "themes": [ { "label": { "it": "A", "en": "A" } } ] }""", "#1 has no id")]
    [InlineData("""{ "themes": [ { "id": "Big Data", "label": { "it": "A", "en": "A" } } ] }""", "'Big Data' is not lower-case kebab-case")]
    [InlineData("""{ "themes": [] }""", "no \"themes\"")]
    [InlineData("""{ "themes": [ { "id": "ai", "parnet": "x", "label": { "it": "A", "en": "A" } } ] }""", "parnet")]
    [InlineData("""{ "themes": [ { "id": "ai", "label": { "it": "A", "en": "A" }, "synonyms": { "it": ["!!"] } } ] }""", "'ai' has an empty Italian synonym")]
    [InlineData("""{ "themes": [ { "id": "ai", "label": { "it": "A", "en": "A" }, "caseSensitive": ["Ai"] } ] }""", "no word in capitals")]
    [InlineData("""{ "themes": [ """, "not valid JSON")]
    public void Parse_rejects_malformed_documents_saying_why(string json, string expected)
    {
        var e = Assert.Throws<ThemeTaxonomyException>(() => ThemeTaxonomy.Parse(json));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
