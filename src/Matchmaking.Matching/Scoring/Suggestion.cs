using Matchmaking.Matching.Profiles;

namespace Matchmaking.Matching.Scoring;

/// <summary>One suggested actor: its score and the reasons that made it, largest contribution first.</summary>
public sealed record Suggestion(string Key, ActorType Type, string Name, double Score, IReadOnlyList<Reason> Reasons);

/// <summary>A factor's share of a suggestion's score and the evidence for it, in the profiles' own words.</summary>
public sealed record Reason(string Factor, double Contribution, string Evidence);
