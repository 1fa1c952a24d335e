using Matchmaking.Matching.Text;

namespace Matchmaking.Matching.Tests.Text;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("manutenzione predittiva")]
    [InlineData("sensori industriali")]
    [InlineData("sicurezza informatica")]
    [InlineData("economia circolare")]
    [InlineData("intelligenza artificiale")]
    [InlineData("manutenzione")]
    [InlineData("Cerchiamo partner per la manutenzione predittiva delle presse")]
    [InlineData("Il laboratorio si occupa di visione artificiale e robotica collaborativa.")]
    [InlineData("MATERIALI INNOVATIVI")]
    [InlineData("Qualità, attività, città")]
    public void Italian_text_is_Italian(string text) => Assert.Equal(Language.Italian, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("predictive maintenance")]
    [InlineData("industrial sensors")]
    [InlineData("circular economy")]
    [InlineData("maintenance")]
    [InlineData("We need predictive maintenance for presses")]
    [InlineData("The lab works on computer vision and collaborative robotics.")]
    [InlineData("BLOCKCHAIN TRACEABILITY")]
    public void English_text_is_English(string text) => Assert.Equal(Language.English, LanguageDetector.Detect(text));

    [Fact]
    public void Mostly_Italian_text_quoting_English_terms_is_Italian() =>
        Assert.Equal(
            Language.Italian,
            LanguageDetector.Detect("Sviluppiamo soluzioni di machine learning e cloud computing per le aziende del territorio"));

    [Fact]
    public void Mostly_English_text_quoting_Italian_terms_is_English() =>
        Assert.Equal(
            Language.English,
            LanguageDetector.Detect("Our team supports the Polo per l'Innovazione Digitale with data platforms and training"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2024 - 12345 / 678")]
    [InlineData("!!! ??? ...")]
    [InlineData("design")] // spelled alike in both languages
    [InlineData("Москва Санкт-Петербург")]
    public void Text_without_evidence_is_Unknown(string text) => Assert.Equal(Language.Unknown, LanguageDetector.Detect(text));

    [Fact]
    public void Declared_tags_do_not_matter_only_the_words_do() =>
        Assert.Equal(Language.English, LanguageDetector.Detect("[lang=it] smart factory sensors and monitoring"));

    [Fact]
    public void Null_is_rejected() => Assert.Throws<ArgumentNullException>(() => LanguageDetector.Detect(null!));
}
