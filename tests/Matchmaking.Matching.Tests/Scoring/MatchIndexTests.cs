using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Matching.Tests.Scoring;

public sealed class MatchIndexTests
{
    private static readonly Place Lumezzane = new("Lumezzane", "BS", "Lombardia", "IT");
    private static readonly Place Brescia = new("Brescia", "BS", "Lombardia", "IT");
    private static readonly Place Cremona = new("Cremona", "CR", "Lombardia", "IT");

    private readonly Dictionary<string, MatchProfile> profiles = [];
    private readonly MatchIndex index = new();

    public MatchIndexTests()
    {
        Add(new MatchProfile
        {
            Key = "company/valvole",
            Type = ActorType.Company,
            Name = "Valvole Bresciane",
            Description = "Azienda manifatturiera: produciamo valvole in ottone a Lumezzane con presse e transfer.",
            Needs = ["manutenzione predittiva delle presse", "visione artificiale per il controllo qualità"],
            Offers = ["stampaggio a caldo dell'ottone"],
            Place = Lumezzane,
            Employees = 80,
        });
        Add(new MatchProfile
        {
            Key = "researcher/rossi",
            Type = ActorType.Researcher,
            Name = "Prof. Anna Rossi",
            Description = "Machine learning for condition monitoring of industrial machines.",
            Offers = ["predictive maintenance"],
            Needs = ["industrial partners with press data"],
            Place = Brescia,
        });
        Add(new MatchProfile
        {
            Key = "startup/occhio",
            Type = ActorType.Startup,
            Name = "Occhio Srl",
            Description = "Computer vision for surface defect inspection.",
            Offers = ["computer vision per difetti superficiali"],
            Needs = ["aziende manifatturiere per progetti pilota di controllo qualità"],
            Place = Cremona,
            Stage = "mvp",
        });
        Add(new MatchProfile
        {
            Key = "company/pasticceria",
            Type = ActorType.Company,
            Name = "Pasticceria Dolce",
            Description = "Torte e pasticcini per matrimoni.",
            Offers = ["torte nuziali"],
            Place = Cremona,
        });
    }

    [Fact]
    public void A_need_in_italian_finds_the_offer_in_english_and_the_reason_quotes_both()
    {
        var suggestions = index.Suggest(Query("company/valvole", ActorType.Researcher));

        var rossi = Assert.Single(suggestions);
        Assert.Equal("researcher/rossi", rossi.Key);
        var needs = Assert.Single(rossi.Reasons, r => r.Factor == "needs");
        Assert.Contains("manutenzione predittiva delle presse", needs.Evidence);
        Assert.Contains("predictive maintenance", needs.Evidence);
        Assert.All(rossi.Reasons, r => Assert.True(r.Contribution > 0));
        Assert.True(rossi.Reasons.Sum(r => r.Contribution) <= rossi.Score + 0.001);
    }

    [Fact]
    public void Unrelated_actors_are_not_suggested_and_the_asker_never_is()
    {
        var keys = index.Suggest(Query("company/valvole")).Select(s => s.Key).ToList();
        Assert.DoesNotContain("company/pasticceria", keys);
        Assert.DoesNotContain("company/valvole", keys);
        Assert.Equal(["researcher/rossi", "startup/occhio"], keys.Order());
    }

    [Fact]
    public void A_mutual_fit_ranks_above_a_one_sided_one_and_says_so()
    {
        // Occhio answers Valvole's need and Valvole answers Occhio's (a manufacturer for pilots).
        var forOcchio = index.Suggest(Query("startup/occhio"));
        Assert.Equal("company/valvole", forOcchio[0].Key);
        Assert.Contains(forOcchio[0].Reasons, r => r.Factor == "mutual");
    }

    [Fact]
    public void Excluded_targets_filters_and_non_suggestible_profiles_are_respected()
    {
        Assert.DoesNotContain(index.Suggest(Query("company/valvole") with { Excluded = new HashSet<string> { "researcher/rossi" } }), s => s.Key == "researcher/rossi");
        Assert.All(index.Suggest(Query("company/valvole", ActorType.Startup)), s => Assert.Equal(ActorType.Startup, s.Type));
        Assert.All(index.Suggest(Query("company/valvole") with { Province = "CR" }), s => Assert.StartsWith("startup/", s.Key));
        Assert.Empty(index.Suggest(Query("company/valvole") with { Theme = "biotech" }));

        Add(profiles["researcher/rossi"] with { Suggestible = false });
        Assert.DoesNotContain(index.Suggest(Query("company/valvole")), s => s.Key == "researcher/rossi");
    }

    [Fact]
    public void A_brief_without_profile_finds_who_offers_it()
    {
        var suggestions = index.Suggest(new SuggestionQuery { Brief = "We need computer vision for quality inspection", Profiles = profiles.GetValueOrDefault });
        Assert.Equal("startup/occhio", suggestions[0].Key);
    }

    [Fact]
    public void Updates_and_removals_change_what_is_found()
    {
        Add(profiles["researcher/rossi"] with { Offers = ["storia dell'arte medievale"], Needs = ["archivi storici"], Description = "Storica dell'arte." });
        Assert.DoesNotContain(index.Suggest(Query("company/valvole")), s => s.Key == "researcher/rossi");

        Assert.True(index.Remove("startup/occhio"));
        Assert.False(index.Remove("startup/occhio"));
        Assert.DoesNotContain(index.Suggest(Query("company/valvole")), s => s.Key == "startup/occhio");
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public void Past_partners_count_and_can_be_left_out_when_new_partners_are_asked_for()
    {
        Add(profiles["company/valvole"] with { Partners = new Dictionary<string, int> { ["startup/occhio"] = 2 } });
        var withPartners = index.Suggest(Query("company/valvole"));
        var graph = Assert.Single(withPartners.Single(s => s.Key == "startup/occhio").Reasons, r => r.Factor == "graph");
        Assert.Contains("2", graph.Evidence);

        var newOnly = index.Suggest(Query("company/valvole") with { NewPartnersOnly = true });
        Assert.DoesNotContain(newOnly, s => s.Key == "startup/occhio");
    }

    [Fact]
    public void Diversity_spreads_near_copies_down_the_list()
    {
        var diverse = new MatchIndex();
        var asker = new MatchProfile { Key = "company/asker", Type = ActorType.Company, Name = "Asker", Needs = ["predictive maintenance of hydraulic presses"], Place = Brescia };
        diverse.Upsert(asker);
        for (var i = 0; i < 6; i++)
        {
            diverse.Upsert(new MatchProfile { Key = $"researcher/copy-{i}", Type = ActorType.Researcher, Name = $"Copy {i}", Offers = ["predictive maintenance of hydraulic presses"], Place = Brescia });
        }

        diverse.Upsert(new MatchProfile { Key = "startup/other", Type = ActorType.Startup, Name = "Other", Offers = ["predictive maintenance of presses"], Place = Cremona });
        var plain = diverse.Suggest(new SuggestionQuery { AskerKey = "company/asker", Top = 4, Diversify = false }).Select(s => s.Key).ToList();
        var spread = diverse.Suggest(new SuggestionQuery { AskerKey = "company/asker", Top = 4 }).Select(s => s.Key).ToList();

        Assert.DoesNotContain("startup/other", plain);
        Assert.Contains("startup/other", spread);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Similar_work_quotes_words_as_written_never_stems(bool candidateProfileAtHand)
    {
        Add(new MatchProfile
        {
            Key = "researcher/filiera",
            Type = ActorType.Researcher,
            Name = "Lab Filiere",
            Description = "Studiamo le filiere dell'agroalimentare lombardo.",
            Offers = ["tracciabilità delle filiere agroalimentari con registri distribuiti"],
            Place = Cremona,
        });
        var brief = "Cerchiamo tracciabilità della filiera agroalimentare";
        var texts = candidateProfileAtHand ? profiles["researcher/filiera"].Offers.Append(profiles["researcher/filiera"].Description!).Append(brief) : [brief];

        var suggestion = index.Suggest(new SuggestionQuery
        {
            Brief = brief,
            Profiles = key => candidateProfileAtHand ? profiles.GetValueOrDefault(key) : null,
        }).Single(s => s.Key == "researcher/filiera");

        var text = Assert.Single(suggestion.Reasons, r => r.Factor == "text");
        var words = text.Evidence["Attività simili: ".Length..].Split(", ");
        Assert.NotEmpty(words);
        Assert.All(words, word => Assert.Contains(texts, t => t.Split(' ', '\'').Contains(word)));
        Assert.Contains(words, w => w.StartsWith("tracciabilit", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_brief_is_quoted_where_it_meets_the_offer()
    {
        var brief = "Siamo un consorzio di produttori della bassa pianura con sede a Cremona e da anni lavoriamo con le scuole del territorio; "
            + "per il prossimo bando cerchiamo competenze di manutenzione predittiva delle presse per le nostre linee, "
            + "e vorremmo anche organizzare visite aziendali, corsi serali e incontri con le famiglie durante tutto l'anno scolastico.";

        var rossi = index.Suggest(new SuggestionQuery { Brief = brief, Profiles = profiles.GetValueOrDefault }).Single(s => s.Key == "researcher/rossi");

        var needs = Assert.Single(rossi.Reasons, r => r.Factor == "needs");
        var quoted = needs.Evidence[(needs.Evidence.IndexOf('«') + 1)..needs.Evidence.IndexOf('»')];
        Assert.True(quoted.StartsWith('…'), needs.Evidence);
        Assert.EndsWith("…", quoted);
        Assert.Contains("manutenzione predittiva", quoted);
        Assert.DoesNotContain("scuole", quoted);
        Assert.DoesNotContain("competenze", quoted);
        Assert.True(quoted.Length <= 122, quoted);
        Assert.Contains("«predictive maintenance»", needs.Evidence);
    }

    [Theory]
    [InlineData("researcher/zeta", "researcher/alfa")]
    [InlineData("researcher/alfa", "researcher/zeta")]
    public void Between_equal_scores_the_lower_id_ranks_first_whatever_the_order_of_indexing(string first, string second)
    {
        var twin = profiles["researcher/rossi"] with { Name = "Twin lab" };
        Add(twin with { Key = first });
        Add(twin with { Key = second });

        for (var run = 0; run < 3; run++)
        {
            var suggestions = index.Suggest(Query("company/valvole", ActorType.Researcher));

            var twins = suggestions.Where(s => s.Name == "Twin lab").ToList();
            Assert.Equal(["researcher/alfa", "researcher/zeta"], twins.Select(s => s.Key));
            Assert.Equal(twins[0].Score, twins[1].Score);
        }
    }

    [Fact]
    public void An_unknown_asker_is_an_error()
    {
        Assert.Throws<KeyNotFoundException>(() => index.Suggest(new SuggestionQuery { AskerKey = "company/nobody" }));
        Assert.Throws<ArgumentException>(() => index.Suggest(new SuggestionQuery()));
    }

    private void Add(MatchProfile profile)
    {
        profiles[profile.Key] = profile;
        index.Upsert(profile);
    }

    private SuggestionQuery Query(string asker, params ActorType[] targets) => new()
    {
        AskerKey = asker,
        Targets = targets.ToHashSet(),
        Profiles = profiles.GetValueOrDefault,
    };
}
