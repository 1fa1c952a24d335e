using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Silo.Http;

/// <summary>
/// Profile documents by kind: reads a document into the kind's profile record and calls the actor's
/// grain. Shared by the profile API, bulk import and the demo loader.
/// </summary>
public sealed class ProfileCatalog(IGrainFactory grains)
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
        var profile = ProfileDocuments.FromDocument<TProfile>(kind, id, document);
        var result = await grains.GetGrain<TGrain>(id).UpsertAsync(profile, expectedVersion);
        return (ProfileDocuments.ToDocument(kind, id, result.Stored), result.Outcome);
    }
}
