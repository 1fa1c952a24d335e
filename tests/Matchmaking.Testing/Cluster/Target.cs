namespace Matchmaking.Testing.Cluster;

/// <summary>A silo a load sends to: a name for the records and a client with the admin key.</summary>
public sealed record Target(string Name, HttpClient Http);
