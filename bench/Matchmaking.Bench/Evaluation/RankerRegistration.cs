namespace Matchmaking.Bench.Evaluation;

/// <summary>A system the eval command runs: its report name, the modes it applies to, and how to build one instance.</summary>
/// <param name="Name">The report name (must match the created ranker's <see cref="IRanker.Name"/>).</param>
/// <param name="EntityModeOnly">True for systems that need an anchor organisation (co-participation).</param>
/// <param name="Create">Builds one instance; called once per worker thread.</param>
/// <param name="Experimental">True for systems run only with <c>eval --experiments</c>.</param>
public sealed record RankerRegistration(string Name, bool EntityModeOnly, Func<RankerContext, IRanker> Create, bool Experimental = false);
