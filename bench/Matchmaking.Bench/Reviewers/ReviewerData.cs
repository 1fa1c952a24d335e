namespace Matchmaking.Bench.Reviewers;

/// <summary>A paper of the gold standard: a rated submission or one of a participant's own earlier papers.</summary>
public sealed record Paper(string Id, string Title, string Abstract)
{
    /// <summary>Title and abstract, as every published system of the set reads them.</summary>
    public string Text => string.IsNullOrWhiteSpace(Abstract) ? Title : $"{Title}. {Abstract}";
}

/// <summary>A participant's own rating of their expertise for reviewing a paper (1–5, higher = more expert).</summary>
public sealed record Rating(string PaperId, double Expertise);

/// <summary>A participant (Semantic Scholar author id, without the "~") and the papers they rated.</summary>
public sealed record Participant(string Id, IReadOnlyList<Rating> Ratings);

/// <summary>
/// One of the ten sets: the rated papers (the "needs") and each participant's profile papers. The sets differ only
/// in which earlier papers were sampled into the profiles; the ratings are the same.
/// </summary>
public sealed record ReviewerSet(string Name, IReadOnlyDictionary<string, Paper> Submissions, IReadOnlyDictionary<string, IReadOnlyList<Paper>> Archives)
{
    public IReadOnlyList<Paper> ArchiveOf(string participantId) =>
        Archives.TryGetValue(participantId, out var papers) ? papers : [];
}
