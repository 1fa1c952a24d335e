using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Tests.Themes;

public sealed class TermInflectionTests
{
    [Theory]
    [InlineData("sensori", "sensore")]
    [InlineData("sensors", "sensore")]
    [InlineData("industriali", "industrial")]
    [InlineData("blockchains", "blockchain")]
    [InlineData("tecnologie", "tecnologia")]
    [InlineData("technologies", "technology")]
    [InlineData("logistiche", "logistica")]
    [InlineData("cities", "city")]
    [InlineData("energie", "energy")]
    public void Inflected_forms_share_a_stem(string a, string b)
    {
        Assert.Equal(Stem(a), Stem(b));
    }

    [Theory]
    [InlineData("ai")]
    [InlineData("iot")]
    [InlineData("5g")]
    [InlineData("business")]
    [InlineData("fintech")]
    public void Short_words_and_words_without_inflection_keep_their_form(string word)
    {
        Assert.Equal(word, Stem(word));
    }

    private static string Stem(string word) => word[..TermInflection.StemLength(word)];
}
