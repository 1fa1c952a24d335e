using System.Security.Claims;
using Matchmaking.Abstractions.Access;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Access;
using Matchmaking.Grains.Suggestions;

namespace Matchmaking.Silo.Auth;

/// <summary>
/// Who is asking, from the request's principal: anonymous, a member bound to an actor, a coach or an admin; and
/// what that lets them see and change.
/// </summary>
public sealed record Viewer(string? UserId, string? Name, string? Role, ActorRef? Actor)
{
    public static readonly Viewer Anonymous = new(null, null, null, null);

    public bool IsAnonymous => UserId is null;

    public bool IsAdmin => Role == Roles.Admin;

    /// <summary>A coach or an admin.</summary>
    public bool IsCoach => Role is Roles.Coach or Roles.Admin;

    public bool IsMember => Role == Roles.Member;

    public static Viewer From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true } || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } id)
        {
            return Anonymous;
        }

        var role = principal.FindFirstValue(ClaimTypes.Role);
        var actor = role == Roles.Member && principal.FindFirstValue(UserAccounts.ActorClaim) is { } key && MatchKeys.TryParse(key, out var parsed)
            ? parsed
            : null;
        return new Viewer(id, principal.FindFirstValue(ClaimTypes.Name), role, actor);
    }

    /// <summary>True for the member bound to <paramref name="actor"/>.</summary>
    public bool Owns(ActorRef actor) => IsMember && Actor is not null && Actor == actor;

    /// <summary>
    /// Whether the actor may appear to this viewer: public ones to all, members-only ones to signed-in users, hidden
    /// ones to admins and the actor's own member only.
    /// </summary>
    public bool CanSee(ActorVisibility visibility, ActorRef actor) => visibility switch
    {
        ActorVisibility.Public => true,
        ActorVisibility.Members => !IsAnonymous,
        _ => IsAdmin || Owns(actor),
    };

    /// <summary>Whether this viewer may change the actor's profile and act for it (feedback, proposals): an admin, or its member.</summary>
    public bool CanEdit(ActorRef actor) => IsAdmin || Owns(actor);

    /// <summary>Whether this viewer may read what is the actor's own (suggestions, relations): coaches and admins, or its member.</summary>
    public bool CanRead(ActorRef actor) => IsCoach || Owns(actor);
}
