namespace Matchmaking.Matching.Themes;

/// <summary>Hub tags used in <see cref="ThemeDefinition.Hubs"/>.</summary>
public static class ThemeHubs
{
    /// <summary>CSMT's Officina Liberty (Gardone Val Trompia) and its seven Disruptive Innovation Center themes.</summary>
    public const string Csmt = "csmt";
}
