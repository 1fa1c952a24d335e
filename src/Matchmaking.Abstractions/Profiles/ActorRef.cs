using Orleans;

namespace Matchmaking.Abstractions.Profiles;

/// <summary>Names one actor: its kind and id (<c>{"kind":"startup","id":"visione"}</c>); <see cref="ToString"/> is <c>startup/visione</c>.</summary>
[GenerateSerializer, Alias("mm.ActorRef"), Immutable]
public sealed record ActorRef([property: Id(0)] ActorKind Kind, [property: Id(1)] string Id)
{
    public override string ToString() => $"{Kind.Name()}/{Id}";
}
