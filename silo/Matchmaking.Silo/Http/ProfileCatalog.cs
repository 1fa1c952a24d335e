using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Profiles;
using Orleans;

namespace Matchmaking.Silo.Http;

/// <summary>
/// Profile documents by kind: reads a document into the kind's profile record and calls the actor's
/// grain. Shared by the profile API, bulk import and the demo loader.
/// </summary>
public sealed class ProfileCatalog(IGrainFactory grains, ProfileRules rules)
{
    public Task<JsonObject?> GetAsync(ActorKind kind, string id) => kind switch
    {
        ActorKind.Company => GetAsync<CompanyProfile, ICompanyGrain>(kind, id),
        ActorKind.Startup => GetAsync<StartupProfile, IStartupGrain>(kind, id),
        ActorKind.Researcher => GetAsync<ResearcherProfile, IResearcherGrain>(kind, id),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Validates and stores the document; throws ValidationFailedException / VersionConflictException.</summary>
    public Task<(JsonObject Document, WriteOutcome Outcome)> PutAsync(ActorKind kind, string id, JsonObject document, string? expectedVersion = null) => kind switch
    {
        ActorKind.Company => PutAsync<CompanyProfile, ICompanyGrain>(kind, id, document, expectedVersion),
        ActorKind.Startup => PutAsync<StartupProfile, IStartupGrain>(kind, id, document, expectedVersion),
        ActorKind.Researcher => PutAsync<ResearcherProfile, IResearcherGrain>(kind, id, document, expectedVersion),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// Checks the document as <see cref="PutAsync"/> would (reading, then the profile rules, with every problem named)
    /// and writes nothing; throws ValidationFailedException.
    /// </summary>
    public void Check(ActorKind kind, string id, JsonObject document)
    {
        switch (kind)
        {
            case ActorKind.Company:
                Check(Read<CompanyProfile>(kind, id, document), kind, id);
                break;
            case ActorKind.Startup:
                Check(Read<StartupProfile>(kind, id, document), kind, id);
                break;
            case ActorKind.Researcher:
                Check(Read<ResearcherProfile>(kind, id, document), kind, id);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    public Task<bool> DeleteAsync(ActorKind kind, string id) => kind switch
    {
        ActorKind.Company => grains.GetGrain<ICompanyGrain>(id).DeleteAsync(),
        ActorKind.Startup => grains.GetGrain<IStartupGrain>(id).DeleteAsync(),
        ActorKind.Researcher => grains.GetGrain<IResearcherGrain>(id).DeleteAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private async Task<JsonObject?> GetAsync<TProfile, TGrain>(ActorKind kind, string id)
        where TProfile : ActorProfile
        where TGrain : IProfileGrain<TProfile>
    {
        var stored = await grains.GetGrain<TGrain>(id).GetAsync();
        return stored is null ? null : ProfileDocuments.ToDocument(kind, id, stored);
    }

    private async Task<(JsonObject, WriteOutcome)> PutAsync<TProfile, TGrain>(ActorKind kind, string id, JsonObject document, string? expectedVersion)
        where TProfile : ActorProfile
        where TGrain : IProfileGrain<TProfile>
    {
        var profile = Read<TProfile>(kind, id, document);
        var result = await grains.GetGrain<TGrain>(id).UpsertAsync(profile, expectedVersion);
        return (ProfileDocuments.ToDocument(kind, id, result.Stored), result.Outcome);
    }

    // The document read strictly; when some fields cannot be read, the rules are checked on the others too.
    private TProfile Read<TProfile>(ActorKind kind, string id, JsonObject document)
        where TProfile : ActorProfile
        => ProfileDocuments.FromDocument<TProfile>(kind, id, document, profile => Check(profile, kind, id));

    // The rules the profile's grain applies before it writes (ProfileGrain.UpsertAsync), with the same actor as itself.
    private void Check(ActorProfile profile, ActorKind kind, string id) => rules.Validate(rules.Normalize(profile), new ActorRef(kind, id));
}
