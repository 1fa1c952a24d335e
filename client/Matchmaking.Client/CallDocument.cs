using Matchmaking.Abstractions.Calls;

namespace Matchmaking.Client;

/// <summary>Filters of <c>GET /api/calls</c>: status (open, upcoming, closed), a theme (broader and narrower ones match too), who may apply.</summary>
public sealed record CallQuery(string? Status = null, string? Theme = null, Applicant? Applicant = null);

/// <summary>A funding call as the API shows it: the call, its id, version and status as of today.</summary>
public sealed record CallDocument(string Id, string Version, DateTimeOffset UpdatedAt, CallStatus Status, FundingCall Call);
