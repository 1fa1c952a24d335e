namespace Matchmaking.Matching.Index;

/// <summary>The indexed fields of a profile.</summary>
internal enum MatchField
{
    /// <summary>Everything the actor wrote: what it is and does.</summary>
    Text = 0,

    /// <summary>What it supplies: offers and keywords (twice), and its description.</summary>
    Supply = 1,

    /// <summary>What it seeks: its needs.</summary>
    Demand = 2,
}
