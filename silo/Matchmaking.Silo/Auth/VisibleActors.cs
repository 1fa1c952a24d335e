using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;

namespace Matchmaking.Silo.Auth;

/// <summary>What a viewer may see of the directory's actors.</summary>
public static class VisibleActors
{
    /// <summary>True when the actor exists and the viewer may see it (else answer 404, as for an unknown actor).</summary>
    public static bool ExistsFor(this ActorDirectory directory, ActorRef actor, Viewer viewer) =>
        directory.VisibilityOf(actor) is { } visibility && viewer.CanSee(visibility, actor);

    /// <summary>False only for an actor that exists and that the viewer may not see (for filtering references to actors).</summary>
    public static bool IsVisibleTo(this ActorDirectory directory, ActorRef actor, Viewer viewer) =>
        directory.VisibilityOf(actor) is not { } visibility || viewer.CanSee(visibility, actor);

    /// <summary>The filter of directory queries for this viewer.</summary>
    public static Func<ActorRef, ActorVisibility, bool> Filter(this Viewer viewer) => (actor, visibility) => viewer.CanSee(visibility, actor);

    /// <summary>The visibility named in a profile document (absent: public; anything but a name: hidden).</summary>
    public static ActorVisibility VisibilityOf(System.Text.Json.Nodes.JsonObject document) =>
        document["visibility"] switch
        {
            null => ActorVisibility.Public,
            System.Text.Json.Nodes.JsonValue value when value.TryGetValue<string>(out var name)
                && Matchmaking.Abstractions.Json.EnumNames<ActorVisibility>.TryParse(name, out var visibility) => visibility,
            _ => ActorVisibility.Hidden,
        };
}
