using Matchmaking.Matching.Teams;

namespace Matchmaking.Matching.Tests.Teams;

public sealed class TeamBriefRulesTests
{
    private readonly TeamEcosystem ecosystem = new();

    [Fact]
    public void A_good_brief_has_no_problems()
    {
        Assert.Empty(Problems(ecosystem.Brief()));
        Assert.Empty(Problems(new TeamBrief { Themes = ["predictive-maintenance"] }));
        Assert.Empty(Problems(new TeamBrief { AnchorKey = "company/valvole" }));
    }

    [Fact]
    public void A_brief_needs_themes_a_need_or_an_anchor()
    {
        var problems = Problems(new TeamBrief { Need = "   " });

        Assert.Contains("themes", problems.Keys);
        Assert.Contains("need", problems.Keys);
        Assert.Contains("anchor", problems.Keys);
    }

    [Fact]
    public void An_unknown_theme_is_named()
    {
        var problem = Assert.Single(Problems(new TeamBrief { Themes = ["ai", "quantum-teleport"] })["themes"]);

        Assert.Contains("quantum-teleport", problem, StringComparison.Ordinal);
        Assert.True(problem.Length < 200);
    }

    [Fact]
    public void An_anchor_that_is_not_indexed_is_a_problem()
    {
        Assert.Contains("company/ghost", Assert.Single(Problems(new TeamBrief { AnchorKey = "company/ghost" })["anchor"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_both_required_and_excluded_is_named()
    {
        var problems = Problems(ecosystem.Brief() with { ExcludedRoles = [TeamRole.Research] });

        Assert.Contains("research", Assert.Single(problems["required"]), StringComparison.Ordinal);
        Assert.Contains("research", Assert.Single(problems["excludedRoles"]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_team_size_must_fit_the_required_roles_and_the_anchor()
    {
        Assert.Contains("maxTeamSize", Problems(ecosystem.Brief() with { MaxTeamSize = 1 }).Keys);
        Assert.Empty(Problems(ecosystem.Brief() with { MaxTeamSize = 2, AnchorKey = "company/valvole" }));
        Assert.Contains("maxTeamSize", Problems(ecosystem.Brief() with { MaxTeamSize = 2, AnchorKey = "startup/vibra" }).Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Top_must_be_between_1_and_20(int top)
    {
        Assert.Contains("top", Problems(ecosystem.Brief(top: top)).Keys);
    }

    [Fact]
    public void An_actor_both_included_and_excluded_is_a_problem()
    {
        var keys = new HashSet<string> { "researcher/rossi" };
        var problems = Problems(ecosystem.Brief() with { Include = keys, Exclude = keys });

        Assert.Contains("researcher/rossi", Assert.Single(problems["include"]), StringComparison.Ordinal);
        Assert.Contains("exclude", problems.Keys);
    }

    [Fact]
    public void Included_actors_must_be_indexed_and_suggestible()
    {
        Assert.Contains("include", Problems(ecosystem.Brief() with { Include = new HashSet<string> { "company/ghost" } }).Keys);
        Assert.Contains("include", Problems(ecosystem.Brief() with { Include = new HashSet<string> { "company/nascosta" } }).Keys);
    }

    [Fact]
    public void The_cap_per_actor_must_be_positive()
    {
        Assert.Contains("maxProposalsPerActor", Problems(ecosystem.Brief() with { MaxProposalsPerActor = 0 }).Keys);
    }

    [Fact]
    public void A_need_over_20000_characters_is_a_problem()
    {
        Assert.Contains("need", Problems(ecosystem.Brief(new string('a', 20_001))).Keys);
        Assert.Empty(Problems(ecosystem.Brief(new string('a', 20_000))));
    }

    private IReadOnlyDictionary<string, string[]> Problems(TeamBrief brief) => TeamBriefRules.Problems(brief, ecosystem.Index);
}
