using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Tests.Directory;

public sealed class ActorDirectoryTests
{
    private readonly ActorDirectory directory = new(ThemeTaxonomy.Default);

    public ActorDirectoryTests()
    {
        directory.Upsert(ActorKind.Company, "valvole", new CompanyProfile
        {
            Name = "Valvole Bresciane",
            Description = "Valvole in ottone a Lumezzane.",
            Themes = ["industrial-iot"],
            Needs = ["manutenzione predittiva delle presse", "sicurezza informatica OT"],
            Location = new Location("Lumezzane", "BS"),
        });
        directory.Upsert(ActorKind.Researcher, "rossi", new ResearcherProfile
        {
            Name = "Prof. Anna Rossi",
            Offers = ["predictive maintenance with machine learning"],
            Location = new Location("Brescia", "BS"),
            Keywords = ["vibrazioni"],
        });
        directory.Upsert(ActorKind.Startup, "occhio", new StartupProfile
        {
            Name = "Occhio Srl",
            Themes = ["computer-vision"],
            Offers = ["visione artificiale per difetti"],
            Location = new Location("Cremona", "CR"),
        });
    }

    [Fact]
    public void Themes_named_in_offers_count_as_offered_and_in_needs_as_sought_across_languages()
    {
        Assert.Equal(["rossi"], directory.Offerers("predictive-maintenance").Select(a => a.Id));
        Assert.Equal(["valvole"], directory.Seekers("predictive-maintenance").Select(a => a.Id));
        Assert.Equal(["valvole"], directory.Seekers("cybersecurity").Select(a => a.Id));
        Assert.Empty(directory.Offerers("cybersecurity"));
    }

    [Fact]
    public void A_parent_theme_gathers_its_sub_themes()
    {
        Assert.Equal(["occhio", "rossi"], directory.Offerers("ai").Select(a => a.Id));
        Assert.Equal(["valvole"], directory.Offerers("iot").Select(a => a.Id));
    }

    [Fact]
    public void Query_filters_by_kind_province_and_folded_text_and_sorts_by_name()
    {
        Assert.Equal(["occhio", "rossi", "valvole"], directory.Query(new DirectoryQuery()).Items.Select(a => a.Id));
        Assert.Equal(["rossi", "valvole"], directory.Query(new DirectoryQuery(Province: "bs")).Items.Select(a => a.Id));
        Assert.Equal(["rossi"], directory.Query(new DirectoryQuery(Kind: ActorKind.Researcher)).Items.Select(a => a.Id));
        Assert.Equal(["rossi"], directory.Query(new DirectoryQuery(Text: "VIBRAZIONI")).Items.Select(a => a.Id));
        Assert.Equal(["valvole"], directory.Query(new DirectoryQuery(Text: "lumezzane ottone")).Items.Select(a => a.Id));
        Assert.Empty(directory.Query(new DirectoryQuery(Text: "ottone cremona")).Items);
    }

    [Fact]
    public void Paging_keeps_the_total()
    {
        var page = directory.Query(new DirectoryQuery(Page: 2, PageSize: 2));
        Assert.Equal(3, page.Total);
        Assert.Equal(["valvole"], page.Items.Select(a => a.Id));
    }

    [Fact]
    public void Upsert_replaces_and_remove_forgets()
    {
        directory.Upsert(ActorKind.Startup, "occhio", new StartupProfile { Name = "Occhio Srl", Location = new Location("Crema", "CR") });
        Assert.Empty(directory.Offerers("computer-vision"));
        directory.Remove(ActorKind.Startup, "occhio");
        Assert.Equal(2, directory.Count);
        Assert.DoesNotContain("occhio", directory.All().Select(a => a.Id));
    }
}
