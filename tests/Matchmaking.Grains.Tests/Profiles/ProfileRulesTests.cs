using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Profiles;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Tests.Profiles;

public sealed class ProfileRulesTests
{
    private readonly ProfileRules rules = new(ThemeTaxonomy.Default, TimeProvider.System);

    [Fact]
    public void Normalize_trims_drops_blanks_deduplicates_and_upper_cases_codes()
    {
        var profile = new CompanyProfile
        {
            Name = "  Officine Srl ",
            Description = "   ",
            Themes = ["AI", "ai", " cloud "],
            Offers = ["fresatura", "", "  fresatura  "],
            Location = new Location(" Lumezzane ", "bs", null, "it"),
        };

        var normalized = rules.Normalize(profile);

        Assert.Equal("Officine Srl", normalized.Name);
        Assert.Null(normalized.Description);
        Assert.Equal(["ai", "cloud"], normalized.Themes);
        Assert.Equal(["fresatura"], normalized.Offers);
        Assert.Equal(new Location("Lumezzane", "BS", null, "IT"), normalized.Location);
    }

    [Fact]
    public void Normalize_treats_missing_lists_and_location_as_empty()
    {
        var profile = new ResearcherProfile { Name = "Dott.ssa Bianchi", Themes = null!, Keywords = null!, Location = null! };
        var normalized = rules.Normalize(profile);
        Assert.Empty(normalized.Themes);
        Assert.Empty(normalized.Keywords);
        Assert.Equal(new Location(), normalized.Location);
    }

    [Fact]
    public void A_complete_profile_of_each_kind_is_valid()
    {
        rules.Validate(rules.Normalize(new CompanyProfile { Name = "A", Themes = ["industrial-iot"], SectorCode = "28.14", Employees = 85, Memberships = [new("csmt", "resident-partner")] }));
        rules.Validate(rules.Normalize(new StartupProfile { Name = "B", Stage = "mvp", FoundingYear = 2022, TeamSize = 4, Seeks = ["pilot-customers"] }));
        rules.Validate(rules.Normalize(new ResearcherProfile { Name = "C", Position = "research-fellow", Availability = "limited", Languages = ["it", "en"] }));
    }

    public static TheoryData<ActorProfile, string> InvalidProfiles => new()
    {
        { new CompanyProfile { Name = "" }, "name" },
        { new CompanyProfile { Name = new string('n', 201) }, "name" },
        { new CompanyProfile { Name = "A", Themes = ["ai", "telepathy"] }, "themes[1]" },
        { new CompanyProfile { Name = "A", Needs = [new string('x', 301)] }, "needs[0]" },
        { new CompanyProfile { Name = "A", Offers = Enumerable.Range(0, 51).Select(i => $"offer {i}").ToArray() }, "offers" },
        { new CompanyProfile { Name = "A", Location = new Location(Province: "BRE") }, "location.province" },
        { new CompanyProfile { Name = "A", Location = new Location(Country: "Italia") }, "location.country" },
        { new CompanyProfile { Name = "A", Website = "ftp://example.it" }, "website" },
        { new CompanyProfile { Name = "A", SectorCode = "2814" }, "sectorCode" },
        { new CompanyProfile { Name = "A", Employees = -1 }, "employees" },
        { new CompanyProfile { Name = "A", Memberships = [new("Officina Liberty", "sponsor")] }, "memberships[0].hub" },
        { new StartupProfile { Name = "A", Stage = "unicorn" }, "stage" },
        { new StartupProfile { Name = "A", FoundingYear = 1850 }, "foundingYear" },
        { new StartupProfile { Name = "A", Seeks = ["money"] }, "seeks[0]" },
        { new ResearcherProfile { Name = "A", Position = "dean" }, "position" },
        { new ResearcherProfile { Name = "A", Availability = "sometimes" }, "availability" },
        { new ResearcherProfile { Name = "A", Languages = ["ita"] }, "languages[0]" },
        { new CompanyProfile { Name = "A", Visibility = (ActorVisibility)123 }, "visibility" },
        { new StartupProfile { Name = "A", Visibility = (ActorVisibility)(-1) }, "visibility" },
        { new ResearcherProfile { Name = "A", Collaborations = [new ActorRef(ActorKind.Startup, "a"), new ActorRef((ActorKind)5, "b")] }, "collaborations[1].kind" },
    };

    [Theory]
    [MemberData(nameof(InvalidProfiles))]
    public void An_invalid_field_is_named_in_the_errors(ActorProfile profile, string field)
    {
        var error = Assert.Throws<ValidationFailedException>(() => rules.Validate(rules.Normalize(profile)));
        Assert.Contains(field, error.Errors.Keys);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var profile = new StartupProfile { Name = "", Stage = "unicorn", Themes = ["telepathy"] };
        var error = Assert.Throws<ValidationFailedException>(() => rules.Validate(rules.Normalize(profile)));
        Assert.Equal(["name", "stage", "themes[0]"], error.Errors.Keys.Order());
    }
}
