using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Profiles;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Calls;

/// <summary>
/// The rules of a funding call: a title and a publisher, known themes, at least one kind of applicant, an opening
/// and a deadline not before it, a budget not below zero. <see cref="Normalize"/> tidies, <see cref="Validate"/>
/// names every field that is wrong.
/// </summary>
public sealed class CallRules(ThemeTaxonomy taxonomy)
{
    public const int MaxUrlLength = 500;

    public static FundingCall Normalize(FundingCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call with
        {
            Title = (call.Title ?? "").Trim(),
            Publisher = (call.Publisher ?? "").Trim(),
            Description = Text.Tidy(call.Description),
            Themes = Text.TidyList(call.Themes, lowerCase: true),
            Eligible = [.. (call.Eligible ?? []).Distinct().Order()],
            Region = Text.Tidy(call.Region),
            Url = Text.Tidy(call.Url),
        };
    }

    /// <summary>Throws <see cref="ValidationFailedException"/> naming every field that breaks a rule.</summary>
    public void Validate(FundingCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var errors = new FieldErrors();
        if (call.Title.Length == 0)
        {
            errors.Add("title", "A title is required (il titolo del bando).");
        }

        errors.MaxLength("title", call.Title, FundingCall.MaxTitleLength);
        if (call.Publisher.Length == 0)
        {
            errors.Add("publisher", "A publisher is required: who runs the call (ente erogatore).");
        }

        errors.MaxLength("publisher", call.Publisher, ProfileVocabulary.MaxShortFieldLength);
        errors.MaxLength("description", call.Description, FundingCall.MaxDescriptionLength);
        errors.SingleLine("title", call.Title);
        errors.SingleLine("publisher", call.Publisher);
        errors.MultiLine("description", call.Description);
        errors.SingleLine("region", call.Region);
        errors.SingleLine("url", call.Url);
        errors.MaxItems("themes", call.Themes);
        for (var i = 0; i < call.Themes.Count; i++)
        {
            if (!taxonomy.Contains(call.Themes[i]))
            {
                errors.Add($"themes[{i}]", $"Unknown theme '{call.Themes[i]}'. GET /api/themes lists the theme ids.");
            }
        }

        if (call.Eligible.Count == 0)
        {
            errors.Add("eligible", $"Name who may apply: one or more of {string.Join(", ", Applicants.All.Select(a => a.Name()))}.");
        }

        for (var i = 0; i < call.Eligible.Count; i++)
        {
            errors.Defined($"eligible[{i}]", call.Eligible[i]);
        }

        errors.MaxLength("region", call.Region, ProfileVocabulary.MaxShortFieldLength);
        if (call.Budget is < 0)
        {
            errors.Add("budget", "The budget is an amount in euro, not below zero.");
        }

        if (call.Opening is null)
        {
            errors.Add("opening", "The opening date is required (YYYY-MM-DD).");
        }

        if (call.Deadline is null)
        {
            errors.Add("deadline", "The deadline is required (YYYY-MM-DD).");
        }
        else if (call.Opening is { } opening && call.Deadline < opening)
        {
            errors.Add("deadline", $"The deadline ({call.Deadline:yyyy-MM-dd}) is before the opening ({opening:yyyy-MM-dd}).");
        }

        errors.MaxLength("url", call.Url, MaxUrlLength);
        if (call.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors.Add("url", "An http(s) address is expected.");
        }

        errors.ThrowIfAny();
    }
}
