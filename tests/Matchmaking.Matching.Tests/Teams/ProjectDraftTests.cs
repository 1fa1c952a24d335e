using Matchmaking.Matching.Teams;

namespace Matchmaking.Matching.Tests.Teams;

public sealed class ProjectDraftTests
{
    private readonly TeamEcosystem ecosystem = new();

    [Fact]
    public void The_draft_names_the_members_and_the_theme_in_both_languages_and_is_deterministic()
    {
        var brief = new TeamBrief
        {
            Themes = ["predictive-maintenance"],
            Need = "manutenzione predittiva delle presse",
            Profiles = key => ecosystem.Profiles.GetValueOrDefault(key),
        };

        var first = ecosystem.Propose(brief)[0];
        var again = new TeamEcosystem().Propose(brief with { Profiles = key => ecosystem.Profiles.GetValueOrDefault(key) })[0];

        Assert.Equal(first.Draft, again.Draft);
        Assert.StartsWith("Manutenzione predittiva:", first.Draft.TitleIt, StringComparison.Ordinal);
        Assert.StartsWith("Predictive maintenance:", first.Draft.TitleEn, StringComparison.Ordinal);
        foreach (var member in first.Members)
        {
            Assert.Contains(member.Name, first.Draft.TitleIt, StringComparison.Ordinal);
            Assert.Contains(member.Name, first.Draft.TitleEn, StringComparison.Ordinal);
            Assert.Contains(member.Name, first.Draft.ObjectiveIt, StringComparison.Ordinal);
            Assert.Contains(member.Name, first.Draft.ObjectiveEn, StringComparison.Ordinal);
        }

        Assert.Contains("«manutenzione predittiva delle presse»", first.Draft.ObjectiveIt, StringComparison.Ordinal);
        Assert.Contains("partner di ricerca", first.Draft.ObjectiveIt, StringComparison.Ordinal);
        Assert.Contains("research partner", first.Draft.ObjectiveEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_draft_quotes_only_what_the_profiles_say()
    {
        var proposal = ecosystem.Propose(ecosystem.Brief())[0];
        var offers = proposal.Members.SelectMany(m => ecosystem.Profiles[m.Key].Offers).ToList();

        var quoted = proposal.Draft.ObjectiveIt.Split('«').Skip(1).Select(q => q[..q.IndexOf('»', StringComparison.Ordinal)]).ToList();

        Assert.NotEmpty(quoted);
        Assert.All(quoted, q => Assert.True(offers.Contains(q) || q == "manutenzione predittiva delle presse", q));
    }

    [Fact]
    public void Reasons_are_in_the_language_of_the_brief()
    {
        var italian = ecosystem.Propose(ecosystem.Brief())[0];
        var english = ecosystem.Propose(ecosystem.Brief("we need predictive maintenance for our presses"))[0];

        Assert.Contains(italian.Reasons, r => r.Factor == "coverage" && r.Evidence.StartsWith("Copre", StringComparison.Ordinal));
        Assert.Contains(english.Reasons, r => r.Factor == "coverage" && r.Evidence.StartsWith("Covers", StringComparison.Ordinal));
        Assert.All(italian.Reasons, r => Assert.True(r.Contribution > 0));
        Assert.True(italian.Reasons.Sum(r => r.Contribution) <= italian.Score + 0.001);
    }
}
