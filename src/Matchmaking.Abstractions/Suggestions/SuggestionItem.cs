using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Suggestions;

/// <summary>One suggested actor with its score and the reasons that made it, largest contribution first.</summary>
[GenerateSerializer, Alias("mm.SuggestionItem"), Immutable]
public sealed record SuggestionItem(
    [property: Id(0)] string Id,
    [property: Id(1)] ActorKind Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] double Score,
    [property: Id(4)] IReadOnlyList<SuggestionReason> Reasons);

/// <summary>A factor's share of a suggestion's score and its evidence, in the profiles' own words.</summary>
[GenerateSerializer, Alias("mm.SuggestionReason"), Immutable]
public sealed record SuggestionReason(
    [property: Id(0)] string Factor,
    [property: Id(1)] double Contribution,
    [property: Id(2)] string Evidence);

/// <summary>The answer of the suggestion endpoints: <c>{"items":[…]}</c>, best first.</summary>
public sealed record SuggestionList(IReadOnlyList<SuggestionItem> Items);
