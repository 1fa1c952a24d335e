using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Spaces;
using Matchmaking.Abstractions.Text;
using Matchmaking.Abstractions.Vouchers;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Grains.Vouchers;
using Matchmaking.Matching.Profiles;

namespace Matchmaking.Grains.Spaces;

/// <summary>A co-working space suggested to an actor: how near it is (0–1), and why, in the asked language.</summary>
public sealed record SpaceSuggestion(StoredSpace Stored, double Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Co-working spaces for an actor, from this silo's read models (no I/O): accredited spaces with desks free, in its
/// region or nearer (anywhere when the actor gives no place), nearest first, then the most desks free; the reasons
/// say where, how many desks, the price, and a voucher of the actor's that is spent there.
/// </summary>
public sealed class SpaceSuggester(SpaceBoard spaces, ProgrammeBoard programmes, Matchmaker matchmaker)
{
    private const double Nearby = 0.5;

    /// <summary>Spaces for <paramref name="actor"/>, best first; empty when the actor is unknown to the engine.</summary>
    public IReadOnlyList<SpaceSuggestion> ForActor(ActorRef actor, string language, int top)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (matchmaker.Profile(actor) is not { } profile)
        {
            return [];
        }

        var english = LocalFormat.Normalize(language) == LocalFormat.English;
        var vouchers = programmes.HeldBy(actor).Where(h => h.Voucher.Status == VoucherStatus.Issued).ToList();
        var located = profile.Place.Municipality is not null || profile.Place.Province is not null || profile.Place.Region is not null;
        var suggestions = new List<SpaceSuggestion>();
        foreach (var stored in spaces.All())
        {
            var space = stored.Space;
            if (!stored.IsAccredited || space.FreeSeats is not > 0)
            {
                continue;
            }

            var place = new Place(space.Location.Municipality, space.Location.Province, space.Location.Region, space.Location.Country);
            var nearness = located ? profile.Place.ProximityTo(place) : 0;
            if (located && nearness < Nearby)
            {
                continue;
            }

            var reasons = new List<string> { Where(space, nearness, english), Desks(space, english) };
            reasons.Add(space.DayPrice is > 0 and var price
                ? english ? $"A desk for a day: {LocalFormat.Euros(price, language)}." : $"Una postazione per un giorno: {LocalFormat.Euros(price, language)}."
                : english ? "Desks are free of charge." : "Le postazioni sono gratuite.");
            if (vouchers.Count > 0)
            {
                var (programme, voucher) = vouchers[0];
                var title = programme.Programme.Title.In(language);
                reasons.Add(english
                    ? $"Accredited: your voucher {voucher.Id} of “{title}” ({LocalFormat.Euros(voucher.Value, language)}) can be spent here."
                    : $"Accreditato: qui puoi spendere il tuo voucher {voucher.Id} di «{title}» ({LocalFormat.Euros(voucher.Value, language)}).");
            }
            else
            {
                reasons.Add(english ? "On the hub's accredited list of co-working spaces." : "Nell'elenco degli spazi di coworking accreditati dall'hub.");
            }

            suggestions.Add(new SpaceSuggestion(stored, nearness, reasons));
        }

        return [.. suggestions
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Stored.Space.FreeSeats)
            .ThenBy(s => s.Stored.Id, StringComparer.Ordinal)
            .Take(top)];
    }

    private static string Where(CoworkingSpace space, double nearness, bool english)
    {
        var town = space.Location.Municipality ?? "";
        return nearness switch
        {
            >= 1 => english ? $"In {town}, the same municipality." : $"A {town}, nello stesso comune.",
            >= 0.75 => english ? $"In {town}, in the same province ({space.Location.Province})." : $"A {town}, nella stessa provincia ({space.Location.Province}).",
            >= 0.5 => english ? $"In {town}, in the same region." : $"A {town}, nella stessa regione.",
            _ => english ? $"In {town}." : $"A {town}.",
        };
    }

    private static string Desks(CoworkingSpace space, bool english) => english
        ? $"{space.FreeSeats} of {space.Seats} desks free."
        : $"{space.FreeSeats} postazioni libere su {space.Seats}.";
}
