using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Client;

/// <summary>Fresh profiles: a member's confirmation and the hub manager's list of profiles to confirm.</summary>
public sealed partial class MatchmakingClient
{
    /// <summary>Confirms a profile is still true (its member, admins): <c>{"kind","id","confirmedAt","staleFrom"}</c>.</summary>
    public Task<JsonObject> ConfirmProfileAsync(ActorKind kind, string id, CancellationToken cancellationToken = default) =>
        PostJsonAsync<JsonObject>(Resolve($"api/{kind.Plural()}/{Uri.EscapeDataString(id)}/confirm"), null, cancellationToken);

    /// <summary>The profiles not confirmed for long (admins): <c>{"items":[{"kind","id","name","updatedAt","status","expiresAt"}],…}</c>.</summary>
    public Task<JsonObject> StaleProfilesAsync(CancellationToken cancellationToken = default) =>
        GetJsonAsync<JsonObject>(Resolve("api/profiles/stale"), cancellationToken);
}
