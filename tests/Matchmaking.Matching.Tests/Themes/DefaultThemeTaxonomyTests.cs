using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Tests.Themes;

public sealed class DefaultThemeTaxonomyTests
{
    // The ids and parents others already use in demo data: a change here is a breaking change.
    public static TheoryData<string, string?> ExpectedThemes => new()
    {
        { "iot", null }, { "industrial-iot", "iot" }, { "smart-city", "iot" },
        { "ai", null }, { "machine-learning", "ai" }, { "computer-vision", "ai" }, { "nlp", "ai" },
        { "predictive-maintenance", "ai" },
        { "blockchain", null }, { "traceability", "blockchain" },
        { "innovative-materials", null }, { "additive-manufacturing", "industry-4-0" }, { "biotech", null },
        { "circular-economy", null }, { "cybersecurity", null }, { "industry-4-0", null },
        { "robotics", "industry-4-0" }, { "cloud", null }, { "big-data", null },
        { "digital-public-services", null }, { "digital-identity", "digital-public-services" },
        { "e-payments", "digital-public-services" },
        { "energy", null }, { "energy-communities", "energy" }, { "renewable-energy", "energy" },
        { "energy-efficiency", "energy" },
        { "e-mobility", null }, { "cultural-heritage", null }, { "digital-marketing", null },
        { "e-commerce", "digital-marketing" }, { "telecommunications", null }, { "agrifood-tech", null },
        { "medtech", null }, { "digital-skills", null }, { "fintech", null },
    };

    [Theory]
    [MemberData(nameof(ExpectedThemes))]
    public void Default_taxonomy_has_the_agreed_id_with_its_parent(string id, string? parent)
    {
        Assert.True(ThemeTaxonomy.Default.TryGet(id, out var theme));
        Assert.Equal(id, theme.Id);
        Assert.Equal(parent, theme.Parent);
    }

    [Fact]
    public void Default_taxonomy_has_exactly_the_agreed_ids_in_document_order()
    {
        var expected = ExpectedThemes.Select(row => (string)row[0]).ToList();

        Assert.Equal(expected, ThemeTaxonomy.Default.All.Select(theme => theme.Id).ToList());
    }

    [Fact]
    public void Default_taxonomy_is_loaded_once()
    {
        Assert.Same(ThemeTaxonomy.Default, ThemeTaxonomy.Default);
    }

    [Fact]
    public void Exactly_the_seven_officina_liberty_themes_are_tagged_csmt()
    {
        string[] csmt = ["industrial-iot", "ai", "blockchain", "innovative-materials", "biotech", "circular-economy", "cybersecurity"];

        var tagged = ThemeTaxonomy.Default.All.Where(theme => theme.IsInHub(ThemeHubs.Csmt)).Select(theme => theme.Id);

        Assert.Equal(csmt.Order(), tagged.Order());
    }

    [Fact]
    public void Every_theme_has_labels_descriptions_and_ten_to_twenty_five_terms_in_both_languages()
    {
        foreach (var theme in ThemeTaxonomy.Default.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(theme.LabelIt), theme.Id);
            Assert.False(string.IsNullOrWhiteSpace(theme.LabelEn), theme.Id);
            Assert.False(string.IsNullOrWhiteSpace(theme.DescriptionIt), theme.Id);
            Assert.False(string.IsNullOrWhiteSpace(theme.DescriptionEn), theme.Id);
            Assert.NotEmpty(theme.SynonymsIt);
            Assert.NotEmpty(theme.SynonymsEn);
            var terms = theme.SynonymsIt.Count + theme.SynonymsEn.Count + theme.CaseSensitiveTerms.Count;
            Assert.InRange(terms, 10, 25);
        }
    }

    [Fact]
    public void Every_label_and_synonym_of_the_default_taxonomy_finds_its_own_theme()
    {
        var taxonomy = ThemeTaxonomy.Default;
        foreach (var theme in taxonomy.All)
        {
            string[] terms = [theme.LabelIt, theme.LabelEn, .. theme.SynonymsIt, .. theme.SynonymsEn, .. theme.CaseSensitiveTerms];
            foreach (var term in terms)
            {
                // A longer term of a child may legitimately win, but the theme itself must be among the results or
                // the term must be shadowed by another theme's identical term (which the data should not have).
                var found = taxonomy.FindInText(term);
                Assert.True(found.Contains(theme.Id), $"'{term}' of {theme.Id} found [{string.Join(", ", found)}]");
            }
        }
    }

    [Fact]
    public void Theme_lists_cannot_be_modified_through_a_cast()
    {
        Assert.True(ThemeTaxonomy.Default.TryGet("ai", out var ai));

        Assert.Throws<NotSupportedException>(() => ((IList<string>)ai.SynonymsIt).Add("x"));
        Assert.Throws<NotSupportedException>(() => ((IList<ThemeDefinition>)ThemeTaxonomy.Default.All).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<string>)ThemeTaxonomy.Default.Children("ai")).Clear());
    }
}
