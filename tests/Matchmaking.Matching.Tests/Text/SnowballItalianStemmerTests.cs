using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Tests.Text;

public class SnowballItalianStemmerTests
{
    private static readonly SnowballItalianStemmer Stemmer = SnowballItalianStemmer.Instance;

    /// <summary>
    /// Pairs from the official Snowball sample vocabulary and its output (snowball-data, italian/voc.txt and output.txt,
    /// the release Debian packages as 0+20210120): words chosen for the rules and accents, then a random selection. The
    /// stemmer reproduces all 35,494 pairs of that file; these are the ones kept in the tests.
    /// </summary>
    public static TheoryData<string, string> OfficialSample => new()
    {
        { "abbandonata", "abbandon" },
        { "abbandonate", "abbandon" },
        { "abbandonati", "abbandon" },
        { "abbandonato", "abbandon" },
        { "abbandonava", "abbandon" },
        { "abbandonerà", "abbandon" },
        { "abbandoneranno", "abbandon" },
        { "abbandono", "abband" },
        { "pronto", "pront" },
        { "pronunciare", "pronunc" },
        { "pronunziato", "pronunz" },
        { "propaga", "propag" },
        { "propagazione", "propag" },
        { "attività", "attiv" },
        { "città", "citt" },
        { "università", "univers" },
        { "abitudini", "abitudin" },
        { "accomodarsi", "accomod" },
        { "alleanza", "alleanz" },
        { "autorità", "autor" },
        { "bellezza", "bellezz" },
        { "capacità", "capac" },
        { "civiltà", "civilt" },
        { "comunicazione", "comun" },
        { "comunità", "comun" },
        { "elettricità", "elettr" },
        { "possibilità", "possibil" },
        { "responsabilità", "respons" },
        { "società", "societ" },
        { "sviluppo", "svilupp" },
        { "organizzazione", "organizz" },
        { "tecnologie", "tecnolog" },
        { "tecnologica", "tecnolog" },
        { "industria", "industr" },
        { "industriale", "industrial" },
        { "informazioni", "inform" },
        { "generale", "general" },
        { "perché", "perc" },
        { "più", "più" },
        { "è", "è" },
        { "gioventù", "gioventù" },
        { "qualità", "qualit" },
        { "novità", "novit" },
        { "libertà", "libert" },
        { "programmatici", "programmat" },
        { "procurò", "procur" },
        { "permangono", "permang" },
        { "approderemo", "approd" },
        { "penitenziario", "penitenziar" },
        { "pertinenza", "pertinent" },
        { "impiegare", "impieg" },
        { "andrea", "andre" },
        { "convivere", "conviv" },
        { "amnistia", "amnist" },
        { "ottenerla", "otten" },
        { "telematica", "telemat" },
        { "caffo", "caff" },
        { "durata", "dur" },
        { "influenzate", "influenz" },
        { "cappellano", "cappell" },
        { "occhetto", "occhett" },
        { "bisca", "bisc" },
        { "passassero", "pass" },
        { "esperienza", "esperient" },
        { "paghino", "paghin" },
        { "spennacchiato", "spennacc" },
        { "richiamato", "richiam" },
        { "combinazioni", "combin" },
        { "bancario", "bancar" },
        { "perfidia", "perfid" },    };

    [Theory]
    [MemberData(nameof(OfficialSample))]
    public void Stems_the_official_sample_vocabulary_as_published(string word, string stem) =>
        Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("manutenzione", "manutenzion")]
    [InlineData("manutenzioni", "manutenzion")]
    [InlineData("predittiva", "preditt")]
    [InlineData("predittive", "preditt")]
    [InlineData("sensori", "sensor")]
    [InlineData("sensore", "sensor")]
    [InlineData("industriali", "industrial")]
    [InlineData("industriale", "industrial")]
    [InlineData("intelligenza", "intelligent")]
    [InlineData("artificiale", "artificial")]
    [InlineData("sicurezza", "sicurezz")]
    [InlineData("informatica", "informat")]
    public void Stems_domain_words(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("manutenzione", "manutenzioni")]
    [InlineData("predittiva", "predittive")]
    [InlineData("sensori", "sensore")]
    [InlineData("industriali", "industriale")]
    [InlineData("tecnologia", "tecnologie")]
    [InlineData("banca", "banche")]
    public void Inflections_of_one_domain_word_meet_on_one_stem(string one, string other) =>
        Assert.Equal(Stemmer.Stem(one), Stemmer.Stem(other));

    [Theory]
    [InlineData("attività", "attivita", "attiv")]
    [InlineData("città", "citta", "citt")]
    [InlineData("università", "universita", "univers")]
    [InlineData("elettricità", "elettricita", "elettr")]
    [InlineData("produttività", "produttivita", "produtt")]
    [InlineData("sostenibilità", "sostenibilita", "sostenibil")]
    [InlineData("responsabilità", "responsabilita", "respons")]
    [InlineData("perché", "perche", "perc")]
    public void Folded_words_stem_as_their_accented_forms(string accented, string folded, string stem)
    {
        Assert.Equal(stem, Stemmer.Stem(accented));
        Assert.Equal(stem, Stemmer.Stem(folded));
    }

    [Fact]
    public void Unaccented_ita_outside_R2_is_still_a_verb_ending()
    {
        // The extension for folded -ità only acts in R2: participles and nouns keep the standard treatment.
        Assert.Equal("cresc", Stemmer.Stem("crescita"));
        Assert.Equal(Stemmer.Stem("gestito"), Stemmer.Stem("gestita"));
    }

    [Theory]
    [InlineData("aiuto", "aiut")] // i between vowels is a consonant
    [InlineData("quando", "quand")] // the u of qu is a consonant
    [InlineData("scrivendola", "scriv")] // pronoun after a gerund
    [InlineData("mangiarlo", "mang")] // pronoun after an infinitive
    [InlineData("velocemente", "veloc")]
    [InlineData("rapidamente", "rapid")]
    [InlineData("geologia", "geolog")]
    [InlineData("soluzione", "soluzion")] // -uzione only in R2
    [InlineData("rivoluzione", "rivolu")]
    [InlineData("cambiamento", "camb")]
    public void Applies_each_rule_of_the_algorithm(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    public void Words_shorter_than_two_letters_are_unchanged(string word) => Assert.Same(word, Stemmer.Stem(word));

    [Fact]
    public void Acronyms_and_words_without_a_suffix_are_unchanged()
    {
        foreach (var word in new[] { "iot", "api", "kpi", "erp", "plc", "partner" })
        {
            Assert.Equal(word, Stemmer.Stem(word));
        }
    }

    [Fact]
    public void A_very_long_word_is_stemmed_without_overflowing_the_stack()
    {
        var word = new string('b', 5000) + "azione";
        Assert.Equal(new string('b', 5000) + "azion", Stemmer.Stem(word)); // no vowel before: no R2, only the vowel goes
    }

    [Fact]
    public void Null_is_rejected() => Assert.Throws<ArgumentNullException>(() => Stemmer.Stem(null!));
}
