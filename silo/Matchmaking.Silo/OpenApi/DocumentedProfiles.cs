using System.ComponentModel;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Silo.OpenApi;

// The profile answers as ProfileDocuments writes them, for the OpenAPI document only: the envelope (id, kind, version,
// updatedAt) and the profile's fields, a null one left out. The three kinds share most fields, so they are members
// of one base record here (required ones marked required) rather than three long positional lists. The bodies of
// the profile PUTs stay the bare profile records.

/// <summary>
/// A profile document of any kind: in the OpenAPI document, one of <see cref="CompanyDocument"/>,
/// <see cref="StartupDocument"/>, <see cref="ResearcherDocument"/> by its <c>kind</c> (<see cref="ProfileDocumentSchemas"/>).
/// </summary>
public abstract record ProfileDocument
{
    public required string Id { get; init; }

    // One name per kind's document (ProfileDocumentSchemas).
    public required ActorKind Kind { get; init; }

    [Description("The stored version, also the ETag (for If-Match).")]
    public required string Version { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    [Description("Theme ids of the taxonomy.")]
    public required IReadOnlyList<string> Themes { get; init; }

    public required IReadOnlyList<string> Offers { get; init; }

    public required IReadOnlyList<string> Needs { get; init; }

    public required Location Location { get; init; }

    public string? Website { get; init; }

    [Description("Past collaborations; left out when there are none.")]
    public IReadOnlyList<ActorRef>? Collaborations { get; init; }

    [Description("Who may see the actor; left out when public.")]
    public ActorVisibility Visibility { get; init; }

    [Description("Not suggested for now; left out when false.")]
    public bool Paused { get; init; }
}

/// <summary>A company's profile as the API answers it.</summary>
public sealed record CompanyDocument : ProfileDocument
{
    [Description("ATECO/NACE code.")]
    public string? SectorCode { get; init; }

    public int? Employees { get; init; }

    public bool? IsSme { get; init; }

    public required IReadOnlyList<HubMembership> Memberships { get; init; }
}

/// <summary>A startup's profile as the API answers it.</summary>
public sealed record StartupDocument : ProfileDocument
{
    public string? Stage { get; init; }

    public int? FoundingYear { get; init; }

    public int? TeamSize { get; init; }

    public string? Technology { get; init; }

    public required IReadOnlyList<string> Seeks { get; init; }

    public required IReadOnlyList<HubMembership> Memberships { get; init; }
}

/// <summary>A researcher's profile as the API answers it.</summary>
public sealed record ResearcherDocument : ProfileDocument
{
    public string? Affiliation { get; init; }

    public string? Department { get; init; }

    public string? Lab { get; init; }

    public string? Position { get; init; }

    public string? Availability { get; init; }

    public required IReadOnlyList<string> Keywords { get; init; }

    public required IReadOnlyList<string> Languages { get; init; }
}

/// <summary>What <c>GET /api/export</c> answers: the profile documents, and those it could not read.</summary>
public sealed record ExportAnswer(
    [property: Description("Profile documents, each with its kind and id, in the shape POST /api/import takes.")] IReadOnlyList<ProfileDocument> Items,
    [property: Description("Stored profiles that cannot be read (for those who may repair them); left out when there are none.")] IReadOnlyList<UnreadableProfileAnswer>? Unreadable);

/// <summary>A stored profile the export could not read.</summary>
public sealed record UnreadableProfileAnswer(ActorKind Kind, string Id, [property: Description("What is wrong, and how to repair it.")] string Problem);
