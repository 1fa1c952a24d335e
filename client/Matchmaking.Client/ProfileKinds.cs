using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Client;

/// <summary>Which kind of actor a profile record describes.</summary>
public static class ProfileKinds
{
    /// <summary>The kind of <paramref name="profileType"/>: company, startup or researcher; throws for any other type.</summary>
    public static ActorKind Of(Type profileType)
    {
        ArgumentNullException.ThrowIfNull(profileType);
        if (profileType == typeof(CompanyProfile))
        {
            return ActorKind.Company;
        }

        if (profileType == typeof(StartupProfile))
        {
            return ActorKind.Startup;
        }

        return profileType == typeof(ResearcherProfile)
            ? ActorKind.Researcher
            : throw new ArgumentException($"{profileType.Name} is not a company, startup or researcher profile.", nameof(profileType));
    }
}
