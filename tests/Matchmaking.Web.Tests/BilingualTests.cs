using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Matchmaking.Silo.Pages;
using Matchmaking.Web.Tests.Infrastructure;

namespace Matchmaking.Web.Tests;

/// <summary>
/// Every page, and the reasons and drafts of suggestions and proposals, in Italian and in English, hold none of the
/// other language's own phrases: the pages' catalogue (<see cref="Texts"/>) and the engine's fixed wording. User data
/// (profiles, calls, briefs) is taken out of the text first: a description may be in either language.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class BilingualTests(WebFixture web)
{
    private const string Coach = "coach-csmt";
    private const string ItalianNeed = "Manutenzione predittiva per presse e linee di stampaggio";
    private const string EnglishNeed = "Computer vision for quality inspection on production lines";

    /// <summary>Every page route, with demo ids for the parameterised ones.</summary>
    private static readonly string[] Pages =
    [
        "/",
        "/directory",
        "/directory?kind=researcher&theme=ai&province=BS",
        "/directory?q=zzzz-nothing-matches",
        "/companies/officine-bresciane-valvole",
        "/companies/valvital-sarezzo",
        "/startups/visiodefect",
        "/startups/ispeziona-ai",
        "/researchers/elena-mabellini",
        "/companies/officine-bresciane-valvole/edit",
        "/startups/visiodefect/edit",
        "/researchers/elena-mabellini/edit",
        "/themes/industrial-iot",
        "/themes/predictive-maintenance",
        "/themes/cybersecurity",
        "/calls",
        "/events",
        "/events/workshop-manutenzione-predittiva",
        "/spaces",
        "/stale",
        "/digest",
        "/coach",
        "/signin",
        "/signout",
        "/status/403",
        "/status/404",
        "/status/500",
    ];

    /// <summary>The engine's fixed Italian wording (reasons, drafts, call evidence), as it writes it.</summary>
    private static readonly string[] EngineItalian =
    [
        "cerca «", "offre «", "Ciascuno risponde ai bisogni", "Entrambi lavorano su", "Attività simili", "progetti o collaborazioni passate",
        "Fase della startup", "Profilo aggiornato di recente", "Lavorano su temi vicini", "Hanno già lavorato insieme", "hanno già lavorato insieme", "Partner in comune",
        "partner in comune", "Ha lavorato con attori simili", "Stesso comune", "Stessa provincia", "Stessa regione", "Stesso paese",
        "Un'azienda che", "Un ricercatore per", "Una startup che porta", "Tipi di attore complementari", "Copre", "bisogni su", "scoperti:",
        "Rispondono alla richiesta", "Tipi complementari", "lo offre", "li offre", "offre ciò che", "può candidarsi", "Può candidarsi",
        "il bando è aperto", "temi:", "scadenza", "Un progetto comune", "per rispondere a «", "porta «", "lavora su", "Progetto di innovazione",
        "partner di ricerca", "fornitore di tecnologia", "(PMI)", "(università)", "(ente pubblico)", "una volta", "volte",
    ];

    /// <summary>The engine's fixed English wording.</summary>
    private static readonly string[] EngineEnglish =
    [
        "seeks \"", "offers \"", "Each answers the other", "Both work on", "Similar work", "past projects or collaborations",
        "Startup stage and company size", "Profile updated recently", "They work on related themes", "Worked together", "worked together", "Shared past partners",
        "shared past partners", "Worked with similar actors", "Same municipality", "Same province", "Same region", "Same country",
        "A company that", "A researcher for", "A startup bringing", "Complementary kinds", "Covers", "not covered:", "They answer the brief",
        "offers it", "offers them", "offers what", "may apply", "the call is open to every theme", "themes:", "deadline", "A joint",
        "to answer \"", "brings \"", "works on", "Innovation project", "research partner", "technology supplier", "(SME)", "(university)",
        "(public body)", "once", "times",
    ];

    [Fact]
    public async Task Every_page_and_every_reason_is_wholly_in_the_language_asked_for()
    {
        using var admin = Api();
        var proposals = await FormProposalsAsync(admin);
        var userData = await UserDataAsync(admin);
        var found = new List<string>();
        foreach (var language in new[] { Texts.Italian, Texts.English })
        {
            var foreign = ForeignPhrases(language);
            using var coach = await web.SignedInClientAsync(Coach, "coach-demo", language);
            using var manager = await web.SignedInClientAsync("admin", "admin-demo", language);
            using var member = await web.SignedInClientAsync("member-visiodefect", "member-demo", language);
            foreach (var page in Pages)
            {
                var http = page switch { "/" or "/coach" or "/calls" => coach, "/digest" => member, _ => manager };
                var response = await http.GetAsync(page);
                var html = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode is HttpStatusCode.OK || page.StartsWith("/status/", StringComparison.Ordinal), $"{page}: {(int)response.StatusCode}");
                Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
                found.AddRange(Foreign(page, language, VisibleText(html), userData, foreign));
            }

            foreach (var id in proposals)
            {
                var proposal = await admin.GetStringAsync($"/api/proposals/{id}?lang={language}");
                found.AddRange(Foreign($"proposal {id}", language, Strings(proposal, "title", "objective", "evidence"), userData, foreign));
            }

            foreach (var asker in new[] { "companies/officine-bresciane-valvole", "startups/visiodefect", "researchers/elena-mabellini" })
            {
                var suggestions = await admin.GetStringAsync($"/api/{asker}/suggestions?top=10&lang={language}");
                var evidence = Strings(suggestions, "evidence");
                found.AddRange(Foreign($"suggestions of {asker}", language, evidence, userData, foreign));
                found.AddRange(evidence.Split('\n').Where(e => e.Length == 0 || e.EndsWith(' ') || e.EndsWith(':')).Select(e => $"{language} suggestions of {asker}: an unfinished reason \"{e}\""));
            }
        }

        Assert.True(found.Count == 0, "Text of the other language:\n" + string.Join("\n", found.Distinct().Take(60)));
    }

    [Fact]
    public async Task A_proposal_read_in_English_has_English_reasons_and_in_Italian_Italian_ones()
    {
        using var admin = Api();
        var id = (await FormProposalsAsync(admin))[0];

        var english = JsonNode.Parse(await admin.GetStringAsync($"/api/proposals/{id}?lang=en"))!;
        var italian = JsonNode.Parse(await admin.GetStringAsync($"/api/proposals/{id}?lang=it"))!;

        Assert.Equal("en", (string?)english["lang"]);
        Assert.Equal((string?)english["draft"]!["titleEn"], (string?)english["title"]);
        Assert.Equal((string?)italian["draft"]!["titleIt"], (string?)italian["title"]);
        var englishReasons = english["reasons"]!.AsArray().Select(r => (string)r!["evidence"]!).ToList();
        var italianReasons = italian["reasons"]!.AsArray().Select(r => (string)r!["evidence"]!).ToList();
        Assert.NotEmpty(englishReasons);
        Assert.Equal(englishReasons.Count, italianReasons.Count);
        Assert.NotEqual(englishReasons, italianReasons);
        Assert.Contains(englishReasons, r => r.StartsWith("Covers ", StringComparison.Ordinal));
        Assert.Contains(italianReasons, r => r.StartsWith("Copre ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Budgets_and_deadlines_are_written_as_each_language_writes_them()
    {
        using var admin = Api();
        var calls = JsonNode.Parse(await admin.GetStringAsync("/api/calls?status=open"))!["items"]!.AsArray();
        var call = calls.First(c => c!["budget"] is not null && c["deadline"] is not null)!;
        var budget = (decimal)call["budget"]!;
        var deadline = DateOnly.Parse((string)call["deadline"]!, System.Globalization.CultureInfo.InvariantCulture);
        var months = new[] { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        var italian = WebUtility.HtmlDecode(await http.GetStringAsync("/calls?lang=it"));
        var english = WebUtility.HtmlDecode(await http.GetStringAsync("/calls?lang=en"));

        Assert.Contains(budget.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.') + " €", italian, StringComparison.Ordinal);
        Assert.Contains($"{deadline.Day:00}/{deadline.Month:00}/{deadline.Year}", italian, StringComparison.Ordinal);
        Assert.Contains("€" + budget.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), english, StringComparison.Ordinal);
        Assert.Contains($"{deadline.Day} {months[deadline.Month - 1]} {deadline.Year}", english, StringComparison.Ordinal);
        Assert.DoesNotContain("€ ", italian.Replace(" € ", "", StringComparison.Ordinal).Replace(" €<", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_lists_the_themes_the_gaps_api_ranks()
    {
        using var admin = Api();
        var ranking = JsonNode.Parse(await admin.GetStringAsync("/api/themes/gaps?top=8"))!["items"]!.AsArray();
        using var coach = await web.SignedInClientAsync(Coach, "coach-demo", Texts.English);
        var home = await coach.GetStringAsync("/");
        var section = home[home.IndexOf("id=\"gaps-heading\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];

        Assert.NotEmpty(ranking);
        var shown = ThemeLink().Matches(section).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ranking.Select(g => (string)g!["id"]!), shown);
        foreach (var gap in ranking)
        {
            var seekers = (int)gap!["seekers"]!;
            var local = (int)gap["localOfferers"]!;
            Assert.Contains($"seekers: {seekers}, offerers in their province: {local}, unmet demand: {(int)gap["gap"]!}", section, StringComparison.Ordinal);
            Assert.True((int)gap["gap"]! <= seekers, $"{gap["id"]}: the gap is demand, at most the seekers");
        }
    }

    /// <summary>Two batches of draft proposals for the demo coach, from an Italian and an English brief, one proposed to its members.</summary>
    private static async Task<List<string>> FormProposalsAsync(HttpClient admin)
    {
        var ids = new List<string>();
        foreach (var brief in new[]
        {
            new JsonObject { ["themes"] = new JsonArray("predictive-maintenance"), ["need"] = ItalianNeed, ["top"] = 2 },
            new JsonObject { ["need"] = EnglishNeed, ["top"] = 2 },
        })
        {
            var response = await admin.PostAsync($"/api/coaches/{Coach}/proposals", new StringContent(brief.ToJsonString(), Encoding.UTF8, "application/json"));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            var items = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["items"]!.AsArray();
            ids.AddRange(items.Select(p => (string)p!["id"]!));
        }

        Assert.NotEmpty(ids);
        var propose = await admin.PostAsync($"/api/proposals/{ids[0]}/propose", null);
        Assert.True(propose.IsSuccessStatusCode, await propose.Content.ReadAsStringAsync());
        return ids;
    }

    /// <summary>Every string of the profiles, calls and briefs (names, descriptions, offers…), longest first: what is not ours to translate.</summary>
    private static async Task<List<string>> UserDataAsync(HttpClient admin)
    {
        var strings = new HashSet<string>(StringComparer.Ordinal) { ItalianNeed, EnglishNeed };
        Collect(JsonNode.Parse(await admin.GetStringAsync("/api/export")), strings);
        foreach (var list in new[] { "/api/calls", "/api/events", "/api/courses", "/api/spaces", "/api/voucher-programmes" })
        {
            Collect(JsonNode.Parse(await admin.GetStringAsync(list)), strings);
        }

        // Names as the network picture shortens them (company form dropped, long ones cut) are user data too.
        strings.UnionWith([.. strings.Select(s => DashboardCharts.ShortName(s).TrimEnd('…'))]);
        return [.. strings.Where(s => s.Length >= 3).OrderByDescending(s => s.Length)];
    }

    private static void Collect(JsonNode? node, HashSet<string> into)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    // Ids and vocabulary values (kinds, visibility, stages…) are the product's, not user text.
                    if (name is not ("id" or "kind" or "visibility" or "themes" or "stage" or "position" or "availability" or "seeks" or "eligible" or "status" or "version"))
                    {
                        Collect(value, into);
                    }
                }

                break;
            case JsonArray a:
                foreach (var value in a)
                {
                    Collect(value, into);
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                into.Add(text);
                break;
        }
    }

    /// <summary>The other language's own phrases: the pages' catalogue where the two languages differ, and the engine's wording.</summary>
    private static List<string> ForeignPhrases(string language)
    {
        var (own, other) = language == Texts.English ? (Texts.En, Texts.It) : (Texts.It, Texts.En);
        var ownTexts = Catalogue(own);
        var otherTexts = Catalogue(other);
        var phrases = otherTexts.Where((text, i) => text != ownTexts[i] && text.Length >= 4 && !ownTexts.Any(o => o.Contains(text, StringComparison.Ordinal)));
        return [.. phrases.Concat(language == Texts.English ? EngineItalian : EngineEnglish).Distinct()];
    }

    /// <summary>Every text of the catalogue, in one language, in a fixed order: its properties and its vocabularies.</summary>
    private static List<string> Catalogue(Texts texts)
    {
        var all = typeof(Texts).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.Name != nameof(Texts.Language))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (string)p.GetValue(texts)!)
            .ToList();
        all.AddRange(Enum.GetValues<Abstractions.Profiles.ActorKind>().SelectMany(k => new[] { texts.Kind(k), texts.KindPlural(k) }));
        all.AddRange(Enum.GetValues<Abstractions.Proposals.ProposalStatus>().Select(texts.ProposalStatusName));
        all.AddRange(Enum.GetValues<Abstractions.Calls.Applicant>().Select(texts.Applicant));
        all.AddRange(new[] { "needs", "offers", "mutual", "themes", "text", "semantic", "graph", "proximity", "kind", "track-record", "stage", "freshness", "relevance", "coverage", "fit" }.Select(texts.Factor));
        all.AddRange(new[] { "company", "research", "startup", "supplier" }.Select(texts.Role));
        all.AddRange(new[] { "created", "proposed", "accepted", "declined", "started", "dropped" }.Select(texts.HistoryAction));
        all.AddRange(new[] { "pilot-customers", "co-development", "investors", "scientific-partners", "suppliers" }.Select(texts.Seek));
        all.AddRange(new[] { "available", "limited", "unavailable" }.Select(texts.Availability));
        all.AddRange(new[] { "professor", "associate-professor", "researcher", "research-fellow", "phd-student", "technician" }.Select(texts.Position));
        all.AddRange(new[] { "idea", "mvp", "revenue", "scale-up" }.Select(texts.Stage));
        return all;
    }

    private static IEnumerable<string> Foreign(string where, string language, string text, List<string> userData, List<string> foreign)
    {
        var ours = new StringBuilder(text);
        foreach (var data in userData)
        {
            ours.Replace(data, " ");
        }

        var remaining = ours.ToString();
        foreach (var phrase in foreign)
        {
            var at = Regex.Match(remaining, $@"(?<![\p{{L}}]){Regex.Escape(phrase)}(?![\p{{L}}])");
            if (at.Success)
            {
                var start = Math.Max(0, at.Index - 40);
                var context = remaining.Substring(start, Math.Min(remaining.Length - start, phrase.Length + 80)).ReplaceLineEndings(" ");
                yield return $"{language} {where}: \"{phrase}\" in …{context}…";
            }
        }
    }

    /// <summary>The text a reader sees (and a screen reader hears: labels and alternative text too), entities decoded.</summary>
    private static string VisibleText(string html)
    {
        var body = ScriptOrStyle().Replace(html, " ");
        var attributes = string.Join("\n", ReadAttribute().Matches(body).Select(m => m.Groups[2].Value));
        return WebUtility.HtmlDecode(Tag().Replace(body, "\n") + "\n" + attributes);
    }

    /// <summary>
    /// The values of the named string fields anywhere in a JSON document, one per line; not inside the fields that keep
    /// both languages on purpose (<c>reasonsIt</c>, <c>reasonsEn</c>, <c>draft</c>, a call's <c>evidenceIt</c>, <c>evidenceEn</c>).
    /// </summary>
    private static string Strings(string json, params string[] names)
    {
        var values = new List<string>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, value) in o)
                    {
                        if (name is "reasonsIt" or "reasonsEn" or "draft")
                        {
                            continue;
                        }

                        if (names.Contains(name, StringComparer.Ordinal) && value is JsonValue v && v.TryGetValue<string>(out var text))
                        {
                            values.Add(text);
                        }
                        else
                        {
                            Walk(value);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var value in a)
                    {
                        Walk(value);
                    }

                    break;
            }
        }

        Walk(JsonNode.Parse(json));
        return string.Join("\n", values);
    }

    private HttpClient Api()
    {
        var http = new HttpClient { BaseAddress = web.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WebFixture.AdminKey);
        return http;
    }

    [GeneratedRegex("<(script|style)\\b.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\b(aria-label|alt|title|placeholder)=\"([^\"]*)\"")]
    private static partial Regex ReadAttribute();

    [GeneratedRegex("<a href=\"/themes/([^\"]+)\"")]
    private static partial Regex ThemeLink();
}
