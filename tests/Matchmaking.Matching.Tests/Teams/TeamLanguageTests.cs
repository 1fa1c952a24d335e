using Matchmaking.Matching.Teams;

namespace Matchmaking.Matching.Tests.Teams;

public sealed class TeamLanguageTests
{
    private readonly TeamEcosystem ecosystem = new();

    [Fact]
    public void Reasons_follow_the_language_asked_for_over_the_brief_s_and_come_in_both()
    {
        var asked = ecosystem.Propose(ecosystem.Brief() with { Italian = false })[0];

        Assert.Contains(asked.Reasons, r => r.Factor == "coverage" && r.Evidence.StartsWith("Covers", StringComparison.Ordinal));
        Assert.Equal(asked.Reasons, asked.ReasonsEn);
        Assert.Equal(asked.Reasons.Select(r => (r.Factor, r.Contribution)), asked.ReasonsIt.Select(r => (r.Factor, r.Contribution)));
        Assert.Contains(asked.ReasonsIt, r => r.Factor == "coverage" && r.Evidence.StartsWith("Copre", StringComparison.Ordinal));
        Assert.All(asked.Pairs.SelectMany(p => p.Reasons), r => Assert.DoesNotContain("«", r.Evidence, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, true, "una volta")]
    [InlineData(2, true, "2 volte")]
    [InlineData(1, false, "once")]
    [InlineData(3, false, "3 times")]
    public void Times_are_counted_as_each_language_says_them(int times, bool italian, string expected) =>
        Assert.Equal(expected, TeamWording.Times(times, italian));

    [Theory]
    [InlineData("Manutenzione predittiva", "manutenzione predittiva")]
    [InlineData("IoT industriale", "IoT industriale")]
    [InlineData("AI generativa", "AI generativa")]
    [InlineData("PMI manifatturiere", "PMI manifatturiere")]
    [InlineData("SME digitalisation", "SME digitalisation")]
    [InlineData("Industria 4.0", "Industria 4.0")]
    [InlineData("Sicurezza informatica", "sicurezza informatica")]
    [InlineData("Internet delle cose", "internet delle cose")]
    [InlineData("Internet of Things", "Internet of Things")]
    [InlineData("Computer vision", "computer vision")]
    public void A_label_inside_a_sentence_keeps_its_acronyms(string label, string inline) =>
        Assert.Equal(inline, TeamWording.Inline(label));

    [Fact]
    public void The_draft_never_lowers_an_acronym()
    {
        var proposal = ecosystem.Propose(ecosystem.Brief() with { Themes = ["industrial-iot"] })[0];

        Assert.DoesNotContain("ioT", proposal.Draft.ObjectiveIt, StringComparison.Ordinal);
        Assert.DoesNotContain("ioT", proposal.Draft.ObjectiveEn, StringComparison.Ordinal);
        Assert.Contains("IoT industriale", proposal.Draft.ObjectiveIt, StringComparison.Ordinal);
    }
}
