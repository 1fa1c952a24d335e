using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Tests.Themes;

// TextFolding lives in Matching/Text but its tests live here with the theme tests that depend on it.
public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("L'Intelligenza  Artificiale!", "l intelligenza artificiale")]
    [InlineData("Perché la città È più sostenibile", "perche la citta e piu sostenibile")]
    [InlineData("Sicurezza Informàtica", "sicurezza informatica")]
    [InlineData("  ciao,\tmondo\n\r ", "ciao mondo")]
    [InlineData("dell’energia e l`IoT", "dell energia e l iot")]
    [InlineData("e-commerce / B2B & B2C", "e commerce b2b b2c")]
    [InlineData("Industria 4.0", "industria 4 0")]
    [InlineData("ﬁnanza ﬂessibile", "finanza flessibile")]
    [InlineData("ＡＢＣ１２３", "abc123")]
    [InlineData("CO₂ e m²", "co2 e m2")]
    [InlineData("perche\u0301", "perche")]
    [InlineData("Ålborg Øresund ŁÓDŹ", "alborg øresund łodz")]
    [InlineData("Ελλάδα Москва й", "ελλαδα москва и")]
    [InlineData("ai🙂cloud", "ai cloud")]
    [InlineData("", "")]
    [InlineData(" !? ", "")]
    public void Fold_lowercases_strips_accents_and_turns_punctuation_into_single_spaces(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }

    [Theory]
    [InlineData("L'Intelligenza  Artificiale!")]
    [InlineData("Sicurezza Informàtica, ﬁnanza e CO₂")]
    [InlineData("ＡＢＣ — Ελλάδα")]
    public void Fold_is_idempotent(string text)
    {
        var once = TextFolding.Fold(text);

        Assert.Equal(once, TextFolding.Fold(once));
        Assert.True(TextFolding.IsFolded(once));
    }

    [Fact]
    public void Already_folded_text_is_returned_without_copying()
    {
        const string Folded = "manutenzione predittiva 4 0";

        Assert.Same(Folded, TextFolding.Fold(Folded));
    }

    [Theory]
    [InlineData(" a")]
    [InlineData("a ")]
    [InlineData("a  b")]
    [InlineData("A")]
    [InlineData("à")]
    public void Text_with_capitals_accents_or_stray_spaces_is_not_folded(string text)
    {
        Assert.False(TextFolding.IsFolded(text));
    }

    [Fact]
    public void Fold_with_words_reports_positions_and_capitals()
    {
        var words = new List<FoldedWord> { new(99, 1, true) };

        var folded = TextFolding.Fold("L'AI e l'IIoT: È 4.0", words);

        Assert.Equal("l ai e l iiot e 4 0", folded);
        Assert.Equal(["l", "ai", "e", "l", "iiot", "e", "4", "0"], words.Select(word => folded.Substring(word.Start, word.Length)));
        Assert.Equal([true, true, false, false, false, true, false, false], words.Select(word => word.IsAllCaps));
    }

    [Fact]
    public void Fold_handles_text_that_expands_beyond_its_length()
    {
        var text = string.Concat(Enumerable.Repeat("ﬃ⑽", 1000));

        var folded = TextFolding.Fold(text);

        Assert.StartsWith("ffi 10 ffi 10", folded, StringComparison.Ordinal);
        Assert.Equal(2000, folded.Split(' ').Length);
    }

    [Fact]
    public void Fold_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => TextFolding.Fold(null!));
        Assert.Throws<ArgumentNullException>(() => TextFolding.Fold(null!, []));
    }
}
