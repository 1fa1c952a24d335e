namespace Matchmaking.EndToEnd.Tests.Infrastructure;

/// <summary>One silo with the demo ecosystem, shared by the classes of <see cref="DemoSiloCollection"/>.</summary>
public sealed class DemoSiloFixture() : SiloFixture(demo: true);

/// <summary>The test classes that share one demo silo (its start-up is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class DemoSiloCollection : ICollectionFixture<DemoSiloFixture>
{
    public const string Name = "demo silo";
}
