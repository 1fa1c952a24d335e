namespace Matchmaking.Matching.Text;

/// <summary>The languages whose text the engine analyses; <see cref="Unknown"/> when a text gives no evidence of either.</summary>
public enum Language
{
    /// <summary>No evidence of Italian or English (empty text, only numbers or acronyms, another script).</summary>
    Unknown = 0,

    /// <summary>Italian.</summary>
    Italian = 1,

    /// <summary>English.</summary>
    English = 2,
}
