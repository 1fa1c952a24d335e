using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Spaces;
using Matchmaking.Abstractions.Vouchers;

namespace Matchmaking.Grains.Tests.Spaces;

internal static class SpaceSamples
{
    public static CoworkingSpace Space(string municipality = "Brescia", string province = "BS", int free = 5) => new()
    {
        Name = $"Cowo {municipality}",
        Operator = "Operatore di prova",
        Address = "Via Roma 1",
        Location = new Location(municipality, province, "Lombardia", "IT"),
        Seats = 20,
        FreeSeats = free,
        Services = ["wifi"],
        DayPrice = 10,
    };

    /// <summary>A programme open from 2026 to 2099 whose budget pays <paramref name="vouchers"/> vouchers of 100 euro.</summary>
    public static VoucherProgramme Programme(int vouchers = 50, int? maxAge = 35) => new()
    {
        Title = new BilingualText { It = "Voucher coworking" },
        Issuer = "Comune di prova",
        Budget = vouchers * 100m,
        VoucherValue = 100m,
        Eligibility = new VoucherEligibility { Holders = [HolderKind.Person, HolderKind.Startup], MaxAge = maxAge },
        ValidFrom = new DateOnly(2026, 1, 1),
        ValidUntil = new DateOnly(2099, 12, 31),
    };

    public static VoucherHolder Person(int i, int bornIn = 2000) => new() { Name = $"Persona {i:000}", BirthDate = new DateOnly(bornIn, 6, 1) };
}
