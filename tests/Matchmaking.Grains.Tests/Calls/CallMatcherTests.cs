using Matchmaking.Abstractions.Calls;
using Matchmaking.Grains.Calls;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Tests.Calls;

/// <summary>Eligibility is a hard filter, themes the fit; expired and not yet open calls are never matched.</summary>
public sealed class CallMatcherTests
{
    private static readonly MatchProfile SmallCompany = Profile("company/valvole", ActorType.Company, "BS", employees: 80, themes: ["industrial-iot"]);
    private static readonly MatchProfile LargeCompany = Profile("company/acciaierie", ActorType.Company, "BS", employees: 900, themes: ["industrial-iot"]);
    private static readonly MatchProfile Researcher = Profile("researcher/rossi", ActorType.Researcher, "BS", themes: ["predictive-maintenance"]);
    private static readonly MatchProfile StartupInMilan = Profile("startup/sensori", ActorType.Startup, "MI", themes: ["computer-vision"]);

    private readonly CallBoard board = new();

    private CallMatcher Matcher => new(board, ThemeTaxonomy.Default);

    [Fact]
    public void A_team_with_no_member_that_may_apply_is_never_matched()
    {
        Add("solo-pmi", DemoLikeCalls.Open("predictive-maintenance"));
        Add("solo-universita", DemoLikeCalls.Open("predictive-maintenance") with { Eligible = [Applicant.University] });

        var large = Matcher.Match([LargeCompany], ["predictive-maintenance"], DemoLikeCalls.Today);
        var withResearcher = Matcher.Match([LargeCompany, Researcher], ["predictive-maintenance"], DemoLikeCalls.Today);
        var small = Matcher.Match([SmallCompany, Researcher], ["predictive-maintenance"], DemoLikeCalls.Today);

        Assert.Empty(large);
        Assert.Equal(["solo-universita"], withResearcher.Select(c => c.Id));
        Assert.Equal(["solo-pmi", "solo-universita"], small.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Contains("Valvole", small.Single(c => c.Id == "solo-pmi").Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_applicant_must_be_in_the_calls_region()
    {
        Add("milano", DemoLikeCalls.Open() with { Themes = [], Eligible = [Applicant.Startup], Region = "MI" });
        Add("cremona", DemoLikeCalls.Open() with { Themes = [], Eligible = [Applicant.Startup], Region = "Cremona" });

        var matches = Matcher.Match([SmallCompany, StartupInMilan], [], DemoLikeCalls.Today);

        Assert.Equal(["milano"], matches.Select(c => c.Id));
    }

    [Fact]
    public void Expired_and_upcoming_calls_are_never_matched()
    {
        Add("aperto", DemoLikeCalls.Open("predictive-maintenance"));
        Add("scaduto", DemoLikeCalls.Expired("predictive-maintenance"));
        Add("futuro", DemoLikeCalls.Upcoming("predictive-maintenance"));

        var matches = Matcher.Match([SmallCompany, Researcher], ["predictive-maintenance"], DemoLikeCalls.Today);

        Assert.Equal(["aperto"], matches.Select(c => c.Id));
        Assert.Equal(["futuro"], Matcher.Match([SmallCompany, Researcher], ["predictive-maintenance"], new DateOnly(2027, 7, 1)).Select(c => c.Id));
        Assert.Empty(Matcher.Match([SmallCompany, Researcher], ["predictive-maintenance"], new DateOnly(2028, 1, 1)));
    }

    [Fact]
    public void Themes_are_the_fit_a_parent_theme_counts_fully_and_unrelated_calls_are_left_out()
    {
        Add("manutenzione", DemoLikeCalls.Open("predictive-maintenance"));
        Add("intelligenza-artificiale", DemoLikeCalls.Open("ai", "cybersecurity"));
        Add("materiali", DemoLikeCalls.Open("innovative-materials"));
        Add("qualsiasi", DemoLikeCalls.Open() with { Themes = [] });

        var matches = Matcher.Match([SmallCompany, Researcher], ["predictive-maintenance"], DemoLikeCalls.Today, "en");

        Assert.Equal(["manutenzione", "intelligenza-artificiale", "qualsiasi"], matches.Select(c => c.Id));
        Assert.Equal([1.0, 0.5, 0.25], matches.Select(c => c.Fit));
        Assert.Contains("Predictive maintenance", matches[0].Evidence, StringComparison.Ordinal);
        Assert.Contains("may apply", matches[0].Evidence, StringComparison.Ordinal);
    }

    private void Add(string id, FundingCall call) => board.Upsert(new StoredCall(id, call, "1", DateTimeOffset.UnixEpoch));

    private static MatchProfile Profile(string key, ActorType type, string province, int? employees = null, IReadOnlyList<string>? themes = null) => new()
    {
        Key = key,
        Type = type,
        Name = key.Split('/')[1] switch { var n => char.ToUpperInvariant(n[0]) + n[1..] },
        Place = new Place("x", province, "Lombardia", "IT"),
        Employees = employees,
        Themes = themes ?? [],
    };
}
