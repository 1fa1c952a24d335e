using System.Text.RegularExpressions;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Suggestions;
using static Matchmaking.Grains.Tests.Suggestions.Demo.DemoReading;

namespace Matchmaking.Grains.Tests.Suggestions.Demo;

/// <summary>
/// Issue 14: a reason never says an actor offers a theme that it only declares as a need (its needs name it, its
/// offers do not), in any actor's suggestions, Italian or English, nor in a brief's.
/// </summary>
public sealed partial class ReasonScenarioTests(DemoEcosystemHost demo) : IClassFixture<DemoEcosystemHost>
{
    private static readonly string[] Briefs =
    [
        "Cerchiamo manutenzione predittiva e visione artificiale per le nostre linee",
        "We are looking for predictive maintenance and computer vision for our lines",
        "tracciabilità della filiera con blockchain",
        "cybersecurity for industrial networks",
    ];

    [Fact]
    public async Task No_reason_quotes_a_theme_as_offered_by_an_actor_that_only_needs_it()
    {
        var names = demo.Actors.ToDictionary(a => a.Profile.Name, a => a.Profile, StringComparer.Ordinal);
        var wrong = new List<string>();
        var quoted = 0;
        var languages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (actor, _) in demo.Actors)
        {
            foreach (var item in await demo.SuggestionsAsync(actor, new SuggestionRequest([], Top: 20)))
            {
                Check($"{actor} → {item.Kind}/{item.Id}", item);
            }
        }

        foreach (var brief in Briefs)
        {
            foreach (var item in demo.Brief(brief, new SuggestionRequest([], Top: 20)))
            {
                Check($"\"{brief}\" → {item.Kind}/{item.Id}", item);
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(quoted > 0, "no reason named offered themes: the check saw nothing");
        Assert.Equal(["en", "it"], languages.Order(StringComparer.Ordinal));

        void Check(string where, SuggestionItem item)
        {
            foreach (var reason in item.Reasons.Where(r => r.Factor is "needs" or "offers"))
            {
                if (OffersThemes().Match(reason.Evidence) is not { Success: true } match)
                {
                    continue;
                }

                quoted++;
                languages.Add(match.Groups["it"].Success ? "it" : "en");
                var supplier = match.Groups["supplier"].Value;
                if (!names.TryGetValue(supplier, out var profile))
                {
                    continue; // a brief
                }

                foreach (var label in match.Groups["labels"].Value.Split(", "))
                {
                    if (ThemeOfLabel(label) is { } theme && NeededOnly(profile).Contains(theme))
                    {
                        wrong.Add($"{where}: {reason.Factor} \"{reason.Evidence}\" ({supplier} only needs {theme})");
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"^.+ (?:(?<it>cerca) (?<labels>.+); (?<supplier>.+) (?:lo|li) offre|seeks (?<labels>.+); (?<supplier>.+) offers (?:it|them))$")]
    private static partial Regex OffersThemes();
}
