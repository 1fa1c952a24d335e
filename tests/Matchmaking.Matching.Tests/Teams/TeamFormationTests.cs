using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Teams;

namespace Matchmaking.Matching.Tests.Teams;

public sealed class TeamFormationTests
{
    private readonly TeamEcosystem ecosystem = new();

    [Fact]
    public void Every_proposal_fills_the_required_roles_with_actors_of_the_right_kind()
    {
        var proposals = ecosystem.Propose(ecosystem.Brief());

        Assert.NotEmpty(proposals);
        Assert.All(proposals, p =>
        {
            Assert.Equal(ActorType.Company, Assert.Single(p.Members, m => m.Role == TeamRole.Company).Type);
            Assert.Equal(ActorType.Researcher, Assert.Single(p.Members, m => m.Role == TeamRole.Research).Type);
        });
        Assert.True(proposals.Zip(proposals.Skip(1)).All(x => x.First.Score >= x.Second.Score));
    }

    [Fact]
    public void The_anchor_is_in_every_team_in_its_role()
    {
        var proposals = ecosystem.Propose(ecosystem.Brief() with { AnchorKey = "company/fonderia", Need = null });

        Assert.NotEmpty(proposals);
        Assert.All(proposals, p => Assert.Contains(p.Members, m => m.Key == "company/fonderia" && m.Role == TeamRole.Company));
        Assert.All(proposals, p => Assert.Single(p.Members, m => m.Role == TeamRole.Company));
    }

    [Fact]
    public void Included_actors_are_in_every_team_and_excluded_ones_in_none()
    {
        var proposals = ecosystem.Propose(ecosystem.Brief() with
        {
            Include = new HashSet<string> { "startup/vibra" },
            Exclude = new HashSet<string> { "researcher/rossi", "company/valvole" },
            Optional = [TeamRole.Startup],
            MaxTeamSize = 3,
        });

        Assert.NotEmpty(proposals);
        Assert.All(proposals, p => Assert.Contains(p.Members, m => m.Key == "startup/vibra"));
        Assert.DoesNotContain(proposals.SelectMany(p => p.Members), m => m.Key is "researcher/rossi" or "company/valvole");
    }

    [Fact]
    public void Actors_of_a_declined_pair_are_never_in_the_same_team()
    {
        var brief = ecosystem.Brief() with { DeclinedPairs = [("researcher/rossi", "company/valvole")] };
        var proposals = ecosystem.Propose(brief);

        Assert.NotEmpty(proposals);
        Assert.DoesNotContain(proposals, p => p.Members.Any(m => m.Key == "researcher/rossi") && p.Members.Any(m => m.Key == "company/valvole"));
        Assert.Contains(ecosystem.Propose(ecosystem.Brief()), p => p.Members.Any(m => m.Key == "researcher/rossi") && p.Members.Any(m => m.Key == "company/valvole"));
    }

    [Fact]
    public void Hidden_actors_are_never_proposed()
    {
        var keys = ecosystem.Propose(ecosystem.Brief(top: 20) with { MaxProposalsPerActor = 20 }).SelectMany(p => p.Members).Select(m => m.Key);

        Assert.DoesNotContain("company/nascosta", keys);
    }

    [Fact]
    public void The_region_filter_keeps_members_of_that_province_or_region()
    {
        var proposals = ecosystem.Propose(ecosystem.Brief() with { Region = "bs" });

        Assert.NotEmpty(proposals);
        Assert.All(proposals.SelectMany(p => p.Members), m => Assert.Equal("BS", ecosystem.Profiles[m.Key].Place.Province));
        Assert.NotEmpty(ecosystem.Propose(ecosystem.Brief() with { Region = "Lombardia" }));
        Assert.Empty(ecosystem.Propose(ecosystem.Brief() with { Region = "Veneto" }));
    }

    [Fact]
    public void No_actor_is_in_more_proposals_than_the_cap()
    {
        var proposals = ecosystem.Propose(ecosystem.Brief(top: 10) with { MaxProposalsPerActor = 1 });

        Assert.True(proposals.Count >= 2);
        Assert.All(proposals.SelectMany(p => p.Members).GroupBy(m => m.Key), g => Assert.Single(g));
    }

    [Fact]
    public void Near_duplicate_teams_are_merged_with_the_difference_as_alternates()
    {
        ecosystem.Add("startup/occhio", ActorType.Startup, "Occhio", TeamEcosystem.Brescia,
            "Visione artificiale per la manutenzione predittiva delle presse.", offers: ["telecamere per manutenzione predittiva delle presse"]);
        var brief = ecosystem.Brief(top: 10) with { Required = [TeamRole.Company, TeamRole.Research, TeamRole.Startup], MaxTeamSize = 3 };

        var proposals = ecosystem.Propose(brief);

        Assert.NotEmpty(proposals);
        var pairs = proposals.Select(p => (p.Members.Single(m => m.Role == TeamRole.Company).Key, p.Members.Single(m => m.Role == TeamRole.Research).Key)).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.Contains(proposals, p => p.Alternates.Any(a => a.Type == ActorType.Startup));
    }

    [Fact]
    public void A_team_whose_members_answer_each_other_outranks_a_one_sided_one()
    {
        var proposals = ecosystem.Propose(ecosystem.Brief() with { AnchorKey = "company/valvole", Need = null });

        var rossi = proposals.Single(p => p.Members.Any(m => m.Key == "researcher/rossi"));
        var bianchi = proposals.Single(p => p.Members.Any(m => m.Key == "researcher/bianchi"));
        Assert.True(rossi.Score > bianchi.Score);
        Assert.True(rossi.Pairs.Single().Score > bianchi.Pairs.Single().Score);
        Assert.Contains(rossi.Pairs.Single().Reasons, r => r.Factor == "mutual" && r.Evidence.Contains("dati di produzione delle presse", StringComparison.Ordinal));
    }

    [Fact]
    public void Closeness_in_the_collaboration_graph_lifts_a_team()
    {
        var twins = new TeamEcosystem(standard: false)
            .Add("company/acme", ActorType.Company, "Acme", TeamEcosystem.Brescia, "Presse idrauliche.", needs: ["manutenzione predittiva delle presse"])
            .Add("researcher/a", ActorType.Researcher, "Lab A", TeamEcosystem.Brescia, "Predictive maintenance of presses.", offers: ["predictive maintenance of presses"])
            .Add("researcher/b", ActorType.Researcher, "Lab B", TeamEcosystem.Brescia, "Predictive maintenance of presses.", offers: ["predictive maintenance of presses"])
            .Add("company/partner", ActorType.Company, "Partner Comune", TeamEcosystem.Milano, "Logistica.",
                partners: new Dictionary<string, int> { ["company/acme"] = 1, ["researcher/b"] = 1 });
        var brief = twins.Brief() with { AnchorKey = "company/acme", Need = null };

        var proposals = twins.Propose(brief);

        Assert.Equal("researcher/b", proposals[0].Members.Single(m => m.Role == TeamRole.Research).Key);
        var graph = Assert.Single(proposals[0].Pairs.Single().Reasons, r => r.Factor == "graph");
        Assert.Contains("Partner Comune", graph.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_italian_need_finds_actors_profiled_in_english_through_its_themes()
    {
        var english = new TeamEcosystem(standard: false)
            .Add("company/press", ActorType.Company, "Press Works", TeamEcosystem.Brescia, "Hydraulic presses for forging.", offers: ["forging presses"])
            .Add("researcher/health", ActorType.Researcher, "Machine Health Lab", TeamEcosystem.Milano, "Condition monitoring and fault diagnosis of rotating machines.", offers: ["condition monitoring"]);
        var brief = english.Brief("cerchiamo competenze di manutenzione predittiva") with { Required = [TeamRole.Research] };

        var proposal = Assert.Single(english.Propose(brief));

        Assert.Equal("researcher/health", proposal.Members.Single().Key);
        var theme = Assert.Single(proposal.Coverage, c => c.Need == "predictive-maintenance");
        Assert.Equal(1, theme.Coverage);
        Assert.Equal(["researcher/health"], theme.CoveredBy);
        Assert.Contains(proposal.Reasons, r => r.Factor == "coverage" && r.Evidence.Contains("Manutenzione predittiva", StringComparison.Ordinal));
    }

    [Fact]
    public void No_candidate_for_a_required_role_gives_no_proposal_rather_than_an_error()
    {
        Assert.Empty(ecosystem.Propose(new TeamBrief { Themes = ["blockchain"] }));
        Assert.Empty(ecosystem.Propose(ecosystem.Brief() with { Required = [TeamRole.Company, TeamRole.Startup], Exclude = new HashSet<string> { "startup/vibra" } }));
    }

    [Fact]
    public void An_optional_role_is_filled_when_its_member_adds_to_the_team()
    {
        var proposals = ecosystem.Propose(ecosystem.Brief() with { Optional = [TeamRole.Startup], MaxTeamSize = 3 });

        Assert.Contains(proposals, p => p.Members.Any(m => m.Key == "startup/vibra" && m.Role == TeamRole.Startup));
        Assert.All(proposals, p => Assert.InRange(p.Members.Count, 2, 3));
    }

    [Fact]
    public void A_brief_with_problems_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ecosystem.Propose(new TeamBrief()));
    }
}
