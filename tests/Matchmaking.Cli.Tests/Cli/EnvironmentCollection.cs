namespace Matchmaking.Cli.Tests.Cli;

/// <summary>Test classes that set MATCHMAKING_URL or MATCHMAKING_KEY for the process: never run at the same time.</summary>
[CollectionDefinition(Name)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}
