using System.Diagnostics;
using System.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Tests.Themes;

public sealed class FindInTextTests
{
    private static readonly ThemeTaxonomy Taxonomy = ThemeTaxonomy.Default;

    [Theory]
    [InlineData("Cerchiamo competenze di manutenzione predittiva e visione artificiale", "predictive-maintenance,computer-vision")]
    [InlineData("We need an IIoT platform", "industrial-iot")]
    [InlineData("Sviluppiamo soluzioni di intelligenza artificiale per l'economia circolare", "ai,circular-economy")]
    [InlineData("We offer condition monitoring and machine vision for manufacturers", "predictive-maintenance,computer-vision")]
    [InlineData("L'azienda cerca partner per un progetto di IoT industriale e sicurezza informatica", "industrial-iot,cybersecurity")]
    [InlineData("Progetti PNRR: migrazione al cloud, SPID e PagoPA per i comuni", "cloud,digital-identity,e-payments")]
    [InlineData("Una comunità energetica nell'area ex Olivetti", "energy-communities")]
    [InlineData("Stampa 3D di metalli e materiali compositi per l'Industria 4.0", "additive-manufacturing,innovative-materials,industry-4-0")]
    [InlineData("Digital marketing, e-commerce and email marketing automation for SMEs", "digital-marketing,e-commerce")]
    [InlineData("Agricoltura di precisione e tracciabilità di filiera per il latte cremonese", "agrifood-tech,traceability")]
    public void Finds_themes_in_italian_and_english_in_order_of_first_occurrence(string text, string expected)
    {
        Assert.Equal(expected.Split(','), Taxonomy.FindInText(text));
    }

    [Theory]
    [InlineData("sicurezza informatica")]
    [InlineData("Sicurezza Informàtica")]
    [InlineData("SICUREZZA INFORMATICA")]
    [InlineData("cyber-security")]
    [InlineData("Cybersecurity!")]
    public void Matching_ignores_case_accents_and_punctuation(string text)
    {
        Assert.Equal(["cybersecurity"], Taxonomy.FindInText(text));
    }

    [Theory]
    [InlineData("sensori industriali", "industrial-iot")]
    [InlineData("un sensore industriale", "industrial-iot")]
    [InlineData("industrial sensors", "industrial-iot")]
    [InlineData("We build blockchains", "blockchain")]
    [InlineData("progetti per città intelligenti", "smart-city")]
    [InlineData("smart cities", "smart-city")]
    [InlineData("le biotecnologie industriali", "biotech")]
    [InlineData("energy communities and an energy community", "energy-communities")]
    [InlineData("una rete neurale", "machine-learning")]
    [InlineData("robot collaborativo", "robotics")]
    public void Matching_tolerates_simple_plural_and_gender_inflections(string text, string expected)
    {
        Assert.Equal([expected], Taxonomy.FindInText(text));
    }

    [Theory]
    [InlineData("Offriamo servizi ai clienti")]
    [InlineData("Ai clienti offriamo consulenza")]
    [InlineData("Portiamo il prodotto ai mercati esteri e ai distributori")]
    [InlineData("it is what it is")]
    [InlineData("esco alle sei")]
    [InlineData("Ml di soluzione salina")]
    public void Case_sensitive_acronyms_do_not_match_ordinary_words(string text)
    {
        Assert.Empty(Taxonomy.FindInText(text));
    }

    [Theory]
    [InlineData("Soluzioni di IA per le PMI", "ai")]
    [InlineData("AI for quality control", "ai")]
    [InlineData("L'AI generativa", "ai")]
    [InlineData("Cerchiamo una ESCO", "energy-efficiency")]
    [InlineData("Audit di IT security", "cybersecurity")]
    [InlineData("Modelli ML in produzione", "machine-learning")]
    public void Case_sensitive_acronyms_match_when_written_in_capitals(string text, string expected)
    {
        Assert.Equal([expected], Taxonomy.FindInText(text));
    }

    [Theory]
    [InlineData("an industrial internet of things platform", "industrial-iot")]
    [InlineData("IoT industriale", "industrial-iot")]
    [InlineData("comunità energetiche rinnovabili", "energy-communities")]
    [InlineData("renewable energy communities", "energy-communities")]
    [InlineData("robotica chirurgica", "medtech")]
    [InlineData("point cloud processing", "computer-vision")]
    [InlineData("un gemello digitale urbano", "smart-city")]
    [InlineData("energy efficiency", "energy-efficiency")]
    public void The_longest_overlapping_term_wins(string text, string expected)
    {
        Assert.Equal([expected], Taxonomy.FindInText(text));
    }

    [Fact]
    public void Shorter_terms_still_match_where_no_longer_term_does()
    {
        Assert.Equal(["iot", "cloud"], Taxonomy.FindInText("IoT devices sending data to the cloud"));
    }

    [Fact]
    public void Each_theme_is_reported_once()
    {
        Assert.Equal(["ai"], Taxonomy.FindInText("AI, intelligenza artificiale, artificial intelligence, IA e ancora AI"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!… — ''")]
    public void Empty_text_finds_nothing(string text)
    {
        Assert.Empty(Taxonomy.FindInText(text));
    }

    [Theory]
    [InlineData("La pizzeria di via Roma offre pranzi e cene a prezzi modici ogni giorno della settimana.")]
    [InlineData("The cat sat on the mat while the weather was nice and the children played in the garden.")]
    [InlineData("Studio legale specializzato in diritto di famiglia, successioni e contratti di locazione.")]
    [InlineData("Vendiamo scarpe e borse di pelle nel nostro negozio in centro a Cremona.")]
    [InlineData("Il comune di Gardone Val Trompia organizza la sagra del paese a settembre.")]
    public void Unrelated_text_finds_nothing(string text)
    {
        Assert.Empty(Taxonomy.FindInText(text));
    }

    [Fact]
    public void A_megabyte_of_text_is_scanned_quickly()
    {
        const string Filler = "Il consorzio organizza corsi, eventi e incontri gratuiti con le aziende del territorio. ";
        var builder = new StringBuilder(1_100_000);
        while (builder.Length < 1_000_000)
        {
            builder.Append(Filler);
        }

        builder.Append("Alla fine cerchiamo esperti di manutenzione predittiva.");
        var text = builder.ToString();
        Taxonomy.FindInText("warm up");

        var stopwatch = Stopwatch.StartNew();
        var found = Taxonomy.FindInText(text);
        stopwatch.Stop();

        Assert.Equal(["predictive-maintenance"], found);
        // Typically a few tens of milliseconds; the bound only catches accidental quadratic behaviour on a busy machine.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void A_megabyte_long_single_word_is_scanned()
    {
        var found = Taxonomy.FindInText(new string('a', 1_000_000) + " blockchain");

        Assert.Equal(["blockchain"], found);
    }

    [Fact]
    public void Finding_is_safe_from_many_threads_at_once()
    {
        var results = new IReadOnlyList<string>[64];

        Parallel.For(0, results.Length, i => results[i] = Taxonomy.FindInText($"Progetto {i}: visione artificiale e blockchain"));

        Assert.All(results, found => Assert.Equal(["computer-vision", "blockchain"], found));
    }

    [Fact]
    public void Null_text_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Taxonomy.FindInText(null!));
    }
}
