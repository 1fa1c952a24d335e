using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Profiles;

/// <summary>
/// The rules every profile keeps: <see cref="Normalize"/> tidies what can be tidied without changing
/// meaning (trims, drops blank list items, deduplicates themes, upper-cases codes), then
/// <see cref="Validate"/> rejects what is wrong, naming each field.
/// </summary>
public sealed class ProfileRules(ThemeTaxonomy taxonomy, TimeProvider clock)
{
    public TProfile Normalize<TProfile>(TProfile profile)
        where TProfile : ActorProfile
    {
        ArgumentNullException.ThrowIfNull(profile);
        ActorProfile common = profile with
        {
            Name = (profile.Name ?? "").Trim(),
            Description = Text.Tidy(profile.Description),
            Themes = Text.TidyList(profile.Themes, lowerCase: true),
            Offers = Text.TidyList(profile.Offers),
            Needs = Text.TidyList(profile.Needs),
            Location = NormalizeLocation(profile.Location),
            Website = Text.Tidy(profile.Website),
            Collaborations = NormalizeCollaborations(profile.Collaborations),
        };
        return (TProfile)(common switch
        {
            CompanyProfile company => company with { SectorCode = Text.Tidy(company.SectorCode), Memberships = NormalizeMemberships(company.Memberships) },
            StartupProfile startup => startup with
            {
                Stage = Text.Tidy(startup.Stage)?.ToLowerInvariant(),
                Technology = Text.Tidy(startup.Technology),
                Seeks = Text.TidyList(startup.Seeks, lowerCase: true),
                Memberships = NormalizeMemberships(startup.Memberships),
            },
            ResearcherProfile researcher => researcher with
            {
                Affiliation = Text.Tidy(researcher.Affiliation),
                Department = Text.Tidy(researcher.Department),
                Lab = Text.Tidy(researcher.Lab),
                Position = Text.Tidy(researcher.Position)?.ToLowerInvariant(),
                Availability = Text.Tidy(researcher.Availability)?.ToLowerInvariant(),
                Keywords = Text.TidyList(researcher.Keywords),
                Languages = Text.TidyList(researcher.Languages, lowerCase: true),
            },
            _ => common,
        });
    }

    /// <summary>
    /// Throws <see cref="ValidationFailedException"/> naming every field that breaks a rule. With
    /// <paramref name="self"/>, a collaboration with the actor itself is one of them.
    /// </summary>
    public void Validate(ActorProfile profile, ActorRef? self = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var errors = new FieldErrors();
        ValidateCommon(profile, errors);
        ValidateCollaborations(profile.Collaborations ?? [], self, errors);
        switch (profile)
        {
            case CompanyProfile company:
                ValidateCompany(company, errors);
                break;
            case StartupProfile startup:
                ValidateStartup(startup, errors);
                break;
            case ResearcherProfile researcher:
                ValidateResearcher(researcher, errors);
                break;
        }

        errors.ThrowIfAny();
    }

    private void ValidateCommon(ActorProfile profile, FieldErrors errors)
    {
        if (profile.Name.Length == 0)
        {
            errors.Add("name", "A name is required.");
        }

        errors.MaxLength("name", profile.Name, ProfileVocabulary.MaxNameLength);
        errors.SingleLine("name", profile.Name);
        errors.MaxLength("description", profile.Description, ProfileVocabulary.MaxDescriptionLength);
        errors.MultiLine("description", profile.Description);
        errors.SingleLines("offers", profile.Offers);
        errors.SingleLines("needs", profile.Needs);
        errors.SingleLines("themes", profile.Themes);
        errors.SingleLine("location.municipality", profile.Location.Municipality);
        errors.SingleLine("location.region", profile.Location.Region);
        errors.SingleLine("website", profile.Website);
        errors.Defined("visibility", profile.Visibility);
        errors.Phrases("offers", profile.Offers, ProfileVocabulary.MaxPhraseLength);
        errors.Phrases("needs", profile.Needs, ProfileVocabulary.MaxPhraseLength);
        errors.MaxItems("themes", profile.Themes);
        for (var i = 0; i < profile.Themes.Count; i++)
        {
            if (!taxonomy.Contains(profile.Themes[i]))
            {
                errors.Add($"themes[{i}]", $"Unknown theme '{profile.Themes[i]}'. GET /api/themes lists the theme ids.");
            }
        }

        var location = profile.Location;
        errors.MaxLength("location.municipality", location.Municipality, ProfileVocabulary.MaxShortFieldLength);
        errors.MaxLength("location.region", location.Region, ProfileVocabulary.MaxShortFieldLength);
        errors.Code("location.province", location.Province, "a two-letter province code such as CR or BS");
        errors.Code("location.country", location.Country, "a two-letter ISO country code such as IT");
        if (profile.Website is { } website
            && (website.Length > 500 || !Uri.TryCreate(website, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add("website", "The website must be an absolute http or https address of at most 500 characters.");
        }
    }

    private static void ValidateCompany(CompanyProfile company, FieldErrors errors)
    {
        if (company.SectorCode is { } code && !Text.IsSectorCode(code))
        {
            errors.Add("sectorCode", "The sector is an ATECO/NACE code such as 28 or 28.14 or 62.01.00.");
        }

        errors.SingleLine("sectorCode", company.SectorCode);
        errors.Range("employees", company.Employees, 0, 1_000_000);
        ValidateMemberships(company.Memberships, errors);
    }

    private void ValidateStartup(StartupProfile startup, FieldErrors errors)
    {
        errors.OneOf("stage", startup.Stage, ProfileVocabulary.StartupStages);
        errors.Range("foundingYear", startup.FoundingYear, 1900, clock.GetUtcNow().Year + 1);
        errors.Range("teamSize", startup.TeamSize, 1, 100_000);
        errors.MaxLength("technology", startup.Technology, ProfileVocabulary.MaxPhraseLength);
        errors.SingleLine("technology", startup.Technology);
        errors.MaxItems("seeks", startup.Seeks);
        for (var i = 0; i < startup.Seeks.Count; i++)
        {
            errors.OneOf($"seeks[{i}]", startup.Seeks[i], ProfileVocabulary.StartupSeeks);
        }

        ValidateMemberships(startup.Memberships, errors);
    }

    private static void ValidateResearcher(ResearcherProfile researcher, FieldErrors errors)
    {
        errors.MaxLength("affiliation", researcher.Affiliation, ProfileVocabulary.MaxShortFieldLength);
        errors.MaxLength("department", researcher.Department, ProfileVocabulary.MaxShortFieldLength);
        errors.MaxLength("lab", researcher.Lab, ProfileVocabulary.MaxShortFieldLength);
        errors.SingleLine("affiliation", researcher.Affiliation);
        errors.SingleLine("department", researcher.Department);
        errors.SingleLine("lab", researcher.Lab);
        errors.SingleLines("keywords", researcher.Keywords);
        errors.OneOf("position", researcher.Position, ProfileVocabulary.ResearcherPositions);
        errors.OneOf("availability", researcher.Availability, ProfileVocabulary.Availabilities);
        errors.Phrases("keywords", researcher.Keywords, ProfileVocabulary.MaxShortFieldLength);
        errors.MaxItems("languages", researcher.Languages);
        for (var i = 0; i < researcher.Languages.Count; i++)
        {
            if (researcher.Languages[i] is not { Length: 2 } language || !language.All(char.IsAsciiLetterLower))
            {
                errors.Add($"languages[{i}]", "A language is a two-letter ISO code such as it or en.");
            }
        }
    }

    // The partner need not exist: imports come in any order, and the engine's graph waits for it.
    private static void ValidateCollaborations(IReadOnlyList<ActorRef> collaborations, ActorRef? self, FieldErrors errors)
    {
        if (collaborations.Count > MaxCollaborations)
        {
            errors.Add("collaborations", $"At most {MaxCollaborations} items ({collaborations.Count} given).");
        }

        for (var i = 0; i < collaborations.Count; i++)
        {
            var partner = collaborations[i];
            errors.Kind($"collaborations[{i}]", partner);

            if (ActorIds.Problem(partner.Id) is { } problem)
            {
                errors.Add($"collaborations[{i}].id", problem);
            }
            else if (partner == self)
            {
                errors.Add($"collaborations[{i}]", "An actor does not collaborate with itself.");
            }
        }
    }

    private static void ValidateMemberships(IReadOnlyList<HubMembership> memberships, FieldErrors errors)
    {
        errors.MaxItems("memberships", memberships);
        for (var i = 0; i < memberships.Count; i++)
        {
            if (ActorIds.Problem(memberships[i].Hub) is { } problem)
            {
                errors.Add($"memberships[{i}].hub", "A hub is named by its id. " + problem);
            }

            errors.OneOf($"memberships[{i}].role", memberships[i].Role, ProfileVocabulary.HubRoles);
        }
    }

    private static Location NormalizeLocation(Location? location) => location is null
        ? new Location()
        : new Location(
            Text.Tidy(location.Municipality),
            Text.Tidy(location.Province)?.ToUpperInvariant(),
            Text.Tidy(location.Region),
            Text.Tidy(location.Country)?.ToUpperInvariant());

    /// <summary>The most collaborations a profile lists (a research group may have hundreds of past partners).</summary>
    public const int MaxCollaborations = 1_000;

    // Null when none, so profiles without collaborations keep their JSON shape.
    private static IReadOnlyList<ActorRef>? NormalizeCollaborations(IReadOnlyList<ActorRef>? collaborations)
    {
        var tidy = collaborations?
            .Where(c => c is not null)
            .Select(c => c with { Id = (c.Id ?? "").Trim().ToLowerInvariant() })
            .Distinct()
            .ToArray();
        return tidy is { Length: > 0 } ? tidy : null;
    }

    private static IReadOnlyList<HubMembership> NormalizeMemberships(IReadOnlyList<HubMembership>? memberships) =>
        memberships is null
            ? []
            : memberships.Where(m => m is not null)
                .Select(m => new HubMembership((m.Hub ?? "").Trim().ToLowerInvariant(), (m.Role ?? "").Trim().ToLowerInvariant()))
                .Distinct()
                .ToArray();
}
