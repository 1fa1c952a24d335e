namespace Matchmaking.Grains.Coaches;

/// <summary>What a coach grain stores: the ids of its proposals, newest first.</summary>
public sealed class PortfolioState
{
    public List<string> Proposals { get; set; } = [];
}
