namespace Matchmaking.Storage.Tests.Infrastructure;

/// <summary>Many facts checked in one test (one silo start), every failure reported together at the end.</summary>
public sealed class Checks
{
    private readonly List<string> failures = [];

    public int Count { get; private set; }

    public void That(bool condition, string what)
    {
        Count++;
        if (!condition)
        {
            failures.Add(what);
        }
    }

    public void Equal<T>(T expected, T actual, string what) =>
        That(EqualityComparer<T>.Default.Equals(expected, actual), $"{what}: expected {expected}, got {actual}");

    /// <summary>Fails the test with every failed check listed.</summary>
    public void AssertAll(string? context = null)
    {
        if (failures.Count > 0)
        {
            Assert.Fail($"{failures.Count} of {Count} checks failed:\n- {string.Join("\n- ", failures)}{(context is null ? "" : "\n" + context)}");
        }
    }
}
