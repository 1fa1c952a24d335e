using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Spaces;
using Matchmaking.Grains.Profiles;

namespace Matchmaking.Grains.Spaces;

/// <summary>
/// The rules of a co-working space: a name, an operator, an address with its municipality and province, seats (1 to
/// <see cref="CoworkingSpace.MaxSeats"/>) and free seats not more than those, services as short single lines, a day
/// price not below zero. <see cref="Normalize"/> tidies, <see cref="Validate"/> names every field that is wrong.
/// </summary>
public static class SpaceRules
{
    public const int MaxServiceLength = 80;

    public static CoworkingSpace Normalize(CoworkingSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        var location = space.Location ?? new Location();
        return space with
        {
            Name = Text.Tidy(space.Name),
            Operator = Text.Tidy(space.Operator),
            Address = Text.Tidy(space.Address),
            Location = new Location(
                Text.Tidy(location.Municipality),
                Text.Tidy(location.Province)?.ToUpperInvariant(),
                Text.Tidy(location.Region),
                Text.Tidy(location.Country)?.ToUpperInvariant() ?? "IT"),
            Services = Text.TidyList(space.Services),
            Description = Text.Tidy(space.Description),
        };
    }

    /// <summary>Throws <see cref="Abstractions.Errors.ValidationFailedException"/> naming every field that breaks a rule.</summary>
    public static void Validate(CoworkingSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        var errors = new FieldErrors();
        Required(errors, "name", space.Name, "The space's name is required.");
        errors.MaxLength("name", space.Name, CoworkingSpace.MaxNameLength);
        errors.SingleLine("name", space.Name);
        Required(errors, "operator", space.Operator, "Who runs the space is required (a company, a cooperative, a municipality).");
        errors.MaxLength("operator", space.Operator, ProfileVocabulary.MaxShortFieldLength);
        errors.SingleLine("operator", space.Operator);
        Required(errors, "address", space.Address, "The street address is required (via, numero).");
        errors.MaxLength("address", space.Address, ProfileVocabulary.MaxShortFieldLength);
        errors.SingleLine("address", space.Address);
        Required(errors, "location.municipality", space.Location.Municipality, "The municipality (comune) is required.");
        errors.MaxLength("location.municipality", space.Location.Municipality, ProfileVocabulary.MaxShortFieldLength);
        errors.SingleLine("location.municipality", space.Location.Municipality);
        errors.Code("location.province", space.Location.Province, "a province code (two letters, e.g. BS)");
        errors.MaxLength("location.region", space.Location.Region, ProfileVocabulary.MaxShortFieldLength);
        errors.Code("location.country", space.Location.Country, "a country code (two letters, e.g. IT)");
        if (space.Seats is null)
        {
            errors.Add("seats", "The number of desks is required.");
        }
        else
        {
            errors.Range("seats", space.Seats, 1, CoworkingSpace.MaxSeats);
        }

        if (space.FreeSeats is { } free)
        {
            if (free < 0)
            {
                errors.Add("freeSeats", "Free desks cannot be below zero.");
            }
            else if (space.Seats is { } seats && free > seats)
            {
                errors.Add("freeSeats", $"{free} free desks is more than the {seats} desks of the space.");
            }
        }

        errors.MaxItems("services", space.Services);
        errors.SingleLines("services", space.Services);
        for (var i = 0; i < space.Services.Count; i++)
        {
            errors.MaxLength($"services[{i}]", space.Services[i], MaxServiceLength);
        }

        if (space.DayPrice is < 0 or > CoworkingSpace.MaxDayPrice)
        {
            errors.Add("dayPrice", $"The price of a desk for a day is an amount in euro from 0 to {CoworkingSpace.MaxDayPrice:0} (0 or none: free).");
        }

        errors.MaxLength("description.it", space.Description?.It, CoworkingSpace.MaxDescriptionLength);
        errors.MaxLength("description.en", space.Description?.En, CoworkingSpace.MaxDescriptionLength);
        errors.MultiLine("description.it", space.Description?.It);
        errors.MultiLine("description.en", space.Description?.En);
        errors.ThrowIfAny();
    }

    private static void Required(FieldErrors errors, string field, string? value, string message)
    {
        if (value is null)
        {
            errors.Add(field, message);
        }
    }
}
