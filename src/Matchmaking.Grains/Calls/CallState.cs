using System.Text.Json.Serialization;
using Matchmaking.Abstractions.Calls;
using Matchmaking.Storage;

namespace Matchmaking.Grains.Calls;

/// <summary>What a call grain stores: the call (null before the first write) and when it last changed.</summary>
public sealed class CallState : IUnreadableState
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? Unreadable { get; set; }

    public FundingCall? Call { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
