using System.Text.Json.Serialization;
using Orleans;

namespace Matchmaking.Abstractions.Calls;

/// <summary>Who may apply to a funding call (the call's eligible kinds and sizes).</summary>
[GenerateSerializer, Alias("mm.Applicant")]
public enum Applicant
{
    /// <summary>A small or medium enterprise (PMI): a company with fewer than 250 employees.</summary>
    [JsonStringEnumMemberName("sme")]
    Sme,

    /// <summary>An innovative startup.</summary>
    [JsonStringEnumMemberName("startup")]
    Startup,

    /// <summary>A university or research organisation (its researchers).</summary>
    [JsonStringEnumMemberName("university")]
    University,

    /// <summary>A public body: a municipality, a province, a chamber of commerce (ente pubblico).</summary>
    [JsonStringEnumMemberName("public-body")]
    PublicBody,
}

/// <summary>Wire names of <see cref="Applicant"/>s.</summary>
public static class Applicants
{
    public static IReadOnlyList<Applicant> All { get; } = Enum.GetValues<Applicant>();

    /// <summary>sme, startup, university, public-body.</summary>
    public static string Name(this Applicant applicant) => applicant switch
    {
        Applicant.Sme => "sme",
        Applicant.Startup => "startup",
        Applicant.University => "university",
        Applicant.PublicBody => "public-body",
        _ => throw new ArgumentOutOfRangeException(nameof(applicant), applicant, null),
    };

    public static bool TryParse(string? name, out Applicant applicant)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                applicant = candidate;
                return true;
            }
        }

        applicant = default;
        return false;
    }
}
