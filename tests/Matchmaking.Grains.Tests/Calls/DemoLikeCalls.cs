using Matchmaking.Abstractions.Calls;

namespace Matchmaking.Grains.Tests.Calls;

/// <summary>Calls around the small ecosystem, on 2027-03-01: open, expired, upcoming, for SMEs or universities, regional or not.</summary>
public static class DemoLikeCalls
{
    public static readonly DateOnly Today = new(2027, 3, 1);

    public static FundingCall Open(params string[] themes) => new()
    {
        Title = "Bando manutenzione predittiva",
        Publisher = "Regione Lombardia",
        Themes = themes,
        Eligible = [Applicant.Sme],
        Region = "Lombardia",
        Budget = 1_000_000,
        Opening = new DateOnly(2027, 1, 1),
        Deadline = new DateOnly(2027, 6, 30),
    };

    public static FundingCall Expired(params string[] themes) => Open(themes) with
    {
        Title = "Bando chiuso",
        Opening = new DateOnly(2026, 1, 1),
        Deadline = new DateOnly(2027, 2, 28),
    };

    public static FundingCall Upcoming(params string[] themes) => Open(themes) with
    {
        Title = "Bando futuro",
        Opening = new DateOnly(2027, 4, 1),
        Deadline = new DateOnly(2027, 12, 31),
    };
}
