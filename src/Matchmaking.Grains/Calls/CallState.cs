using Matchmaking.Abstractions.Calls;

namespace Matchmaking.Grains.Calls;

/// <summary>What a call grain stores: the call (null before the first write) and when it last changed.</summary>
public sealed class CallState
{
    public FundingCall? Call { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
