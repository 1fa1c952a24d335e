using System.Diagnostics;
using System.Text;
using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Tests.Text;

public class TextAnalyzerTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.Default;

    [Fact]
    public void Italian_profile_sentence_gives_its_stemmed_content_words()
    {
        var analyzed = Analyzer.Analyze("Cerchiamo partner per la manutenzione predittiva delle presse");

        Assert.Equal(Language.Italian, analyzed.Language);
        Assert.Equal(["cerc", "partner", "manutenzion", "preditt", "press"], analyzed.Terms);
    }

    [Fact]
    public void English_profile_sentence_gives_its_stemmed_content_words()
    {
        var analyzed = Analyzer.Analyze("We need predictive maintenance for presses");

        Assert.Equal(Language.English, analyzed.Language);
        Assert.Equal(["need", "predict", "mainten", "press"], analyzed.Terms);
    }

    [Fact]
    public void Clearing_the_token_cache_changes_no_analysis()
    {
        var analyzer = new TextAnalyzer();
        const string text = "Cerchiamo partner per la manutenzione predittiva delle presse e la visione artificiale";
        var before = analyzer.Analyze(text);

        analyzer.ClearTokenCache();
        var after = analyzer.Analyze(text);
        var again = analyzer.Analyze(text);

        Assert.Equal(before.Language, after.Language);
        Assert.Equal(before.Terms, after.Terms);
        Assert.Equal(before.Terms, again.Terms);
    }

    [Fact]
    public void Translations_do_not_meet_here_that_is_the_taxonomys_job()
    {
        var italian = Analyzer.Terms("manutenzione predittiva");
        var english = Analyzer.Terms("predictive maintenance");

        Assert.Empty(italian.Intersect(english));
    }

    [Fact]
    public void Singular_and_plural_give_identical_terms()
    {
        Assert.Equal(Analyzer.Terms("sensori industriali"), Analyzer.Terms("sensore industriale"));
        Assert.Equal(Analyzer.Terms("industrial sensors"), Analyzer.Terms("industrial sensor"));
        Assert.Equal(Analyzer.Terms("manutenzioni predittive"), Analyzer.Terms("manutenzione predittiva"));
    }

    [Fact]
    public void Case_accents_and_punctuation_do_not_change_the_terms()
    {
        var plain = Analyzer.Terms("attivita di ricerca sulla qualita dei sensori");

        Assert.Equal(plain, Analyzer.Terms("ATTIVITÀ di ricerca, sulla «qualità» dei sensori!!!"));
        Assert.Equal(plain, Analyzer.Terms("Attività di ricerca sulla qualità dei sensori."));
        Assert.Equal(plain, Analyzer.Terms("attivita' di ricerca sulla qualita' dei sensori"));
    }

    [Fact]
    public void Stop_words_of_both_languages_and_domain_noise_are_dropped()
    {
        var terms = Analyzer.Terms("Acme S.r.l. and the partners of Beta SRL: www.acme.it, PEC acme@pec.it");

        Assert.DoesNotContain("the", terms);
        Assert.DoesNotContain("and", terms);
        Assert.DoesNotContain("srl", terms);
        Assert.DoesNotContain("www", terms);
        Assert.DoesNotContain("pec", terms);
        Assert.Contains("acm", terms); // "acme" with its final vowel gone, as any word
    }

    [Fact]
    public void Elided_articles_and_single_letters_are_dropped() =>
        Assert.Equal(["intelligent", "artificial"], Analyzer.Terms("L'intelligenza artificiale e l'A"));

    [Fact]
    public void Words_mixing_letters_and_digits_are_kept_unstemmed() =>
        Assert.Equal(["5g", "co2", "b2b", "3d"], Analyzer.Terms("5G, CO2, B2B e 3D"));

    [Fact]
    public void Version_numbers_are_kept_and_other_numbers_dropped()
    {
        var terms = Analyzer.Terms("Industria 4.0 dal 2015, 250 dipendenti, tel. 030 1234567, Web 2.0");

        Assert.Contains("4.0", terms);
        Assert.Contains("2.0", terms);
        Assert.DoesNotContain(terms, t => t is "2015" or "250" or "030" or "1234567" or "4" or "0");
    }

    [Fact]
    public void A_number_after_a_standards_body_is_kept() =>
        Assert.Equal(["certif", "iso", "9001", "iso", "iec", "27001"], Analyzer.Terms("Certificazione ISO 9001 e ISO/IEC 27001"));

    [Fact]
    public void Hyphenated_compounds_split_into_words_and_meet_as_a_phrase()
    {
        Assert.Equal(["real", "time", "monitor"], Analyzer.Terms("real-time monitoring"));
        Assert.Contains("real_time", Analyzer.Phrases("real-time monitoring"));
        Assert.Equal(Analyzer.Phrases("real time monitoring"), Analyzer.Phrases("real-time monitoring"));
    }

    [Fact]
    public void Ai_is_dropped_as_an_Italian_article_but_kept_as_an_acronym()
    {
        Assert.DoesNotContain("ai", Analyzer.Terms("Offriamo servizi ai clienti"));
        Assert.Contains("ai", Analyzer.Terms("Offriamo soluzioni di AI per le imprese"));
        Assert.Contains("ai", Analyzer.Terms("we apply ai to quality control"));
        Assert.Contains("it", Analyzer.Terms("IT services for manufacturers"));
        Assert.DoesNotContain("it", Analyzer.Terms("we make it simple"));
    }

    [Fact]
    public void English_loanwords_in_Italian_text_get_the_English_stem()
    {
        var italian = Analyzer.Terms("Sviluppiamo soluzioni di machine learning e cloud per il marketing");
        var english = Analyzer.Terms("We develop machine learning and cloud solutions for marketing");

        Assert.Contains("learn", italian);
        Assert.Contains("market", italian);
        Assert.Contains("learn", english);
        Assert.Contains("market", english);
    }

    [Fact]
    public void Words_of_a_text_of_unknown_language_are_stemmed_by_their_own_spelling()
    {
        var analyzed = Analyzer.Analyze("design");

        Assert.Equal(Language.Unknown, analyzed.Language);
        Assert.Equal(["design"], analyzed.Terms);
    }

    [Fact]
    public void Phrases_are_runs_of_consecutive_terms_joined_by_underscores()
    {
        var phrases = Analyzer.Phrases("Cerchiamo partner per la manutenzione predittiva delle presse");

        Assert.Equal(
            [
                "cerc_partner", "partner_manutenzion", "manutenzion_preditt", "preditt_press",
                "cerc_partner_manutenzion", "partner_manutenzion_preditt", "manutenzion_preditt_press",
            ],
            phrases);
    }

    [Fact]
    public void Phrases_skip_dropped_words_so_a_taxonomy_term_meets_the_text()
    {
        Assert.Equal(["internet_thing"], Analyzer.Phrases("Internet of Things", maxWords: 2));
        Assert.Contains("intelligent_artificial", Analyzer.Phrases("soluzioni basate sull'intelligenza artificiale"));
        Assert.Contains("industr_4.0", Analyzer.Phrases("progetti di Industria 4.0"));
    }

    [Fact]
    public void Phrases_of_bigrams_only_when_asked()
    {
        var phrases = Analyzer.Phrases("manutenzione predittiva delle presse industriali", maxWords: 2);

        Assert.All(phrases, p => Assert.Single(p, '_'));
        Assert.Equal(3, phrases.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Phrase_length_out_of_range_is_rejected(int maxWords) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Analyzer.Phrases("a b c", maxWords));

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("... !!! ---")]
    [InlineData("e il la di per the and of")]
    public void Text_without_content_words_gives_no_terms_and_no_phrases(string text)
    {
        Assert.Empty(Analyzer.Terms(text));
        Assert.Empty(Analyzer.Phrases(text));
    }

    [Fact]
    public void Words_longer_than_the_limit_are_dropped()
    {
        var identifier = new string('q', TextAnalyzer.MaxWordLength + 1);
        Assert.Equal(["sensor"], Analyzer.Terms($"sensori {identifier}"));
    }

    [Fact]
    public void Term_frequencies_count_each_stem()
    {
        var frequencies = Analyzer.TermFrequencies("Sensori, sensore e sensori industriali");

        Assert.Equal(3, frequencies["sensor"]);
        Assert.Equal(1, frequencies["industrial"]);
        Assert.Equal(2, frequencies.Count);
    }

    [Fact]
    public void Term_counter_counts_ordinally() =>
        Assert.Equal(2, TermCounter.Count(["a", "A", "a"])["a"]);

    [Fact]
    public void A_megabyte_of_text_is_analyzed_quickly()
    {
        var text = new StringBuilder();
        while (text.Length < 1_000_000)
        {
            text.Append("La manutenzione predittiva delle presse industriali riduce i fermi macchina del 30%. ")
                .Append("Predictive maintenance of industrial presses reduces downtime; ISO 9001, Industria 4.0. ");
        }

        var stopwatch = Stopwatch.StartNew();
        var terms = Analyzer.Terms(text.ToString());
        var phrases = Analyzer.Phrases(text.ToString(), maxWords: 2);
        stopwatch.Stop();

        Assert.True(terms.Count > 90_000, $"{terms.Count} terms");
        Assert.Equal(terms.Count - 1, phrases.Count);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void A_megabyte_without_spaces_is_dropped_as_one_overlong_word() =>
        Assert.Empty(Analyzer.Terms(new string('x', 1_000_000)));

    [Fact]
    public void Concurrent_analysis_gives_the_same_terms_as_sequential()
    {
        string[] texts =
        [
            "Cerchiamo partner per la manutenzione predittiva delle presse",
            "We need predictive maintenance for presses",
            "Sviluppiamo soluzioni di machine learning e cloud per il marketing",
            "Certificazione ISO 9001 e Industria 4.0",
        ];
        var expected = texts.Select(t => string.Join(' ', new TextAnalyzer().Terms(t))).ToArray();
        var shared = new TextAnalyzer();

        Parallel.For(0, 2_000, i =>
        {
            var k = i % texts.Length;
            Assert.Equal(expected[k], string.Join(' ', shared.Terms(texts[k])));
        });
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Analyzer.Terms(null!));
        Assert.Throws<ArgumentNullException>(() => Analyzer.Phrases(null!));
    }
}
