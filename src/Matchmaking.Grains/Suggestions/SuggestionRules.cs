using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Profiles;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Suggestions;

/// <summary>
/// The rules of a suggestion request, in one place for the actor and the brief modes: <c>top</c> in 1..100, a
/// theme of the taxonomy, a province where some actor is, a brief that says something and is not a book.
/// Errors name the allowed values.
/// </summary>
public sealed class SuggestionRules(ThemeTaxonomy taxonomy, ActorDirectory directory)
{
    /// <summary>The request tidied (theme lower-case, province upper-case, kinds once each); throws <see cref="ValidationFailedException"/>.</summary>
    public SuggestionRequest Check(SuggestionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var tidy = Tidy(request);
        Check(tidy, errors);
        errors.ThrowIfAny();
        return tidy;
    }

    /// <summary>The brief trimmed, with the request checked as by <see cref="Check(SuggestionRequest)"/>; all problems reported at once.</summary>
    public (string Brief, SuggestionRequest Request) CheckBrief(string? brief, SuggestionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var text = Text.Tidy(brief);
        if (text is null)
        {
            errors.Add("brief", "A brief is required: a need or an idea in a few sentences, in Italian or English.");
        }
        else if (text.Length > SuggestionRequest.MaxBriefLength)
        {
            errors.Add("brief", $"The brief is too long: at most {SuggestionRequest.MaxBriefLength} characters ({text.Length} given). Send the gist of the need or idea.");
        }

        if (request.NewPartnersOnly)
        {
            errors.Add("new", "Only an actor has partners: 'new' needs an actor, not a brief.");
        }

        var tidy = Tidy(request);
        Check(tidy, errors);
        errors.ThrowIfAny();
        return (text!, tidy);
    }

    private static SuggestionRequest Tidy(SuggestionRequest request) => request with
    {
        Targets = [.. (request.Targets ?? []).Distinct()],
        Theme = Text.Tidy(request.Theme)?.ToLowerInvariant(),
        Province = Text.Tidy(request.Province)?.ToUpperInvariant(),
    };

    private void Check(SuggestionRequest request, FieldErrors errors)
    {
        errors.Range("top", request.Top, 1, SuggestionRequest.MaxTop);
        if (request.Theme is { } theme && !taxonomy.Contains(theme))
        {
            errors.OneOf("theme", theme, [.. taxonomy.All.Select(t => t.Id).Order(StringComparer.Ordinal)]);
        }

        if (request.Province is { } province)
        {
            errors.OneOf("province", province, directory.Provinces());
        }
    }
}
