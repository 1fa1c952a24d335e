using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Tests.Text;

public class StopWordsTests
{
    [Theory]
    [InlineData("della")]
    [InlineData("perche")] // "perché", folded
    [InlineData("piu")] // "più", folded
    [InlineData("sono")]
    [InlineData("avra")] // "avrà", folded
    public void Italian_list_holds_the_snowball_words_folded(string word) => Assert.Contains(word, (IReadOnlySet<string>)StopWords.Italian);

    [Theory]
    [InlineData("the")]
    [InlineData("which")]
    [InlineData("themselves")]
    [InlineData("isn")] // "isn't" folds to "isn t"
    [InlineData("ll")] // "we'll" folds to "we ll"
    public void English_list_holds_the_snowball_words_and_their_contraction_fragments(string word) =>
        Assert.Contains(word, (IReadOnlySet<string>)StopWords.English);

    [Theory]
    [InlineData("will")] // left out by Snowball: a will
    [InlineData("may")] // the month
    [InlineData("must")]
    public void English_list_leaves_out_words_with_meaningful_homonyms(string word) =>
        Assert.DoesNotContain(word, (IReadOnlySet<string>)StopWords.English);

    [Theory]
    [InlineData("srl")]
    [InlineData("spa")]
    [InlineData("gmbh")]
    [InlineData("www")]
    [InlineData("pec")]
    public void Domain_list_holds_legal_forms_and_contact_boilerplate(string word) =>
        Assert.Contains(word, (IReadOnlySet<string>)StopWords.Domain);

    [Theory]
    [InlineData("plc")] // programmable logic controller
    [InlineData("sas")] // the analytics platform
    [InlineData("azienda")]
    [InlineData("company")]
    [InlineData("innovazione")]
    [InlineData("ricerca")]
    [InlineData("cerchiamo")]
    [InlineData("offriamo")]
    public void Words_that_carry_signal_are_no_stop_words_in_any_language(string word)
    {
        Assert.False(StopWords.IsStopWord(word, Language.Italian));
        Assert.False(StopWords.IsStopWord(word, Language.English));
        Assert.False(StopWords.IsStopWord(word, Language.Unknown));
    }

    [Fact]
    public void Stop_words_of_both_languages_are_dropped_whatever_the_language_of_the_text()
    {
        Assert.True(StopWords.IsStopWord("the", Language.Italian));
        Assert.True(StopWords.IsStopWord("della", Language.English));
        Assert.True(StopWords.IsStopWord("srl", Language.English));
    }

    [Fact]
    public void Ai_is_a_stop_word_of_Italian_text_only()
    {
        Assert.True(StopWords.IsStopWord("ai", Language.Italian));
        Assert.False(StopWords.IsStopWord("ai", Language.English));
        Assert.False(StopWords.IsStopWord("ai", Language.Unknown));
    }

    [Fact]
    public void Every_stop_word_is_a_single_folded_word()
    {
        foreach (var word in StopWords.Italian.Concat(StopWords.English).Concat(StopWords.Domain))
        {
            Assert.True(TextFolding.IsFolded(word) && word.Length > 0 && !word.Contains(' ', StringComparison.Ordinal), word);
        }
    }
}
