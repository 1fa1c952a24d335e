using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Matching.Index;

/// <summary>A profile turned into what the index keeps: term counts per field and the themes it offers and seeks.</summary>
internal sealed record ProfileAnalysis(
    Dictionary<string, int> Text,
    Dictionary<string, int> Supply,
    Dictionary<string, int> Demand,
    IReadOnlySet<string> OfferedThemes,
    IReadOnlySet<string> SoughtThemes)
{
    /// <summary>Terms and two-word phrases of each field; themes declared or named in the text.</summary>
    public static ProfileAnalysis Of(MatchProfile profile, TextAnalyzer analyzer, ThemeTaxonomy taxonomy)
    {
        var supplyText = string.Join(". ", [.. profile.Offers, .. profile.Keywords]);
        var demandText = string.Join(". ", profile.Needs);
        var description = profile.Description ?? "";

        var supply = new Dictionary<string, int>(StringComparer.Ordinal);
        AddTerms(supply, supplyText, analyzer, times: 2);
        AddTerms(supply, description, analyzer, times: 1);
        var demand = new Dictionary<string, int>(StringComparer.Ordinal);
        AddTerms(demand, demandText, analyzer, times: 1);
        var text = new Dictionary<string, int>(StringComparer.Ordinal);
        AddTerms(text, description, analyzer, times: 1);
        AddTerms(text, supplyText, analyzer, times: 1);
        AddTerms(text, demandText, analyzer, times: 1);

        var offered = new HashSet<string>(profile.Themes.Where(taxonomy.Contains), StringComparer.Ordinal);
        offered.UnionWith(taxonomy.FindInText(supplyText));
        offered.UnionWith(taxonomy.FindInText(description));
        var sought = new HashSet<string>(taxonomy.FindInText(demandText), StringComparer.Ordinal);
        return new ProfileAnalysis(text, supply, demand, offered, sought);
    }

    /// <summary>Terms and phrases of a free-text brief, as a demand.</summary>
    public static (Dictionary<string, int> Terms, IReadOnlySet<string> Themes) OfBrief(string brief, TextAnalyzer analyzer, ThemeTaxonomy taxonomy)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        AddTerms(terms, brief, analyzer, times: 1);
        return (terms, new HashSet<string>(taxonomy.FindInText(brief), StringComparer.Ordinal));
    }

    private static void AddTerms(Dictionary<string, int> counts, string text, TextAnalyzer analyzer, int times)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (var term in analyzer.Terms(text))
        {
            counts[term] = counts.GetValueOrDefault(term) + times;
        }

        foreach (var phrase in analyzer.Phrases(text, maxWords: 2))
        {
            counts[phrase] = counts.GetValueOrDefault(phrase) + times;
        }
    }
}
