namespace Matchmaking.Bench.Evaluation;

/// <summary>An organisation left out of the evaluation because it sits in more than half of the set's projects.</summary>
/// <param name="Id">The organisation id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Projects">How many of the set's projects it is in.</param>
public sealed record HubOrganisation(string Id, string Name, int Projects);
