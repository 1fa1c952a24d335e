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

    [Fact]
    public void A_renamed_actor_moves_to_its_new_place_in_the_list_and_a_new_one_shows_at_once()
    {
        Assert.Equal(["occhio", "rossi", "valvole"], directory.All().Select(a => a.Id)); // the ordered snapshot is taken
        directory.Upsert(ActorKind.Company, "valvole", new CompanyProfile { Name = "Aaa Valvole", Location = new Location("Lumezzane", "BS") });
        directory.Upsert(ActorKind.Startup, "nuova", new StartupProfile { Name = "Nuova Srl", Location = new Location("Crema", "CR") });
        Assert.Equal(["valvole", "nuova", "occhio", "rossi"], directory.All().Select(a => a.Id));
        Assert.Equal(["valvole", "nuova"], directory.Query(new DirectoryQuery(PageSize: 2)).Items.Select(a => a.Id));
        Assert.Equal(4, directory.Query(new DirectoryQuery()).Total);
    }

    [Fact]
    public void Text_search_finds_every_actor_whose_text_holds_the_words_and_no_other_among_many()
    {
        var random = new Random(5);
        var words = new[] { "sensori", "vibrazioni", "ottone", "plastica", "riciclata", "visione", "dati", "cloud", "stampa", "valvole" };
        var texts = new Dictionary<string, string>();
        for (var i = 0; i < 2_000; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(3, 40)).Select(_ => words[random.Next(words.Length)] + (random.Next(4) == 0 ? "xyz" : "")));
            texts[$"a{i:D4}"] = text;
            directory.Upsert(ActorKind.Company, $"a{i:D4}", new CompanyProfile { Name = $"Azienda {i:D4}", Description = text, Location = new Location("Brescia", "BS") });
        }

        foreach (var query in new[] { "sensori", "ottonexyz", "plastica riciclata", "ensor", "dati cloudxyz", "assente" })
        {
            var expected = texts.Where(t => query.Split(' ').All(w => t.Value.Contains(w, StringComparison.Ordinal))).Select(t => t.Key).Order(StringComparer.Ordinal);
            var found = directory.Query(new DirectoryQuery(Kind: ActorKind.Company, Text: query, PageSize: 100, Page: 1));
            Assert.Equal(expected.Count(), found.Total);
            Assert.Equal(expected.Take(100), found.Items.Select(a => a.Id).Where(id => id.StartsWith('a')));
        }
    }
}
