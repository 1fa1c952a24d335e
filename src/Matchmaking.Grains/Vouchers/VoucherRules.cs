using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Vouchers;
using Matchmaking.Grains.Profiles;

namespace Matchmaking.Grains.Vouchers;

/// <summary>
/// The rules of a voucher programme and of who may hold its vouchers: a title, an issuer, a budget and a voucher
/// value (more than zero, the value not above the budget), at least one kind of holder, an age limit for people, a
/// window whose last day is not before its first; a holder is a person (name and birth date) or an actor, of a kind the
/// programme takes, young enough on the day of issue.
/// </summary>
public static class VoucherRules
{
    public static VoucherProgramme Normalize(VoucherProgramme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var eligibility = programme.Eligibility ?? new VoucherEligibility();
        return programme with
        {
            Title = Text.Tidy(programme.Title) ?? new BilingualText(),
            Description = Text.Tidy(programme.Description),
            Issuer = Text.Tidy(programme.Issuer),
            Eligibility = eligibility with { Holders = [.. (eligibility.Holders ?? []).Distinct().Order()] },
        };
    }

    /// <summary>Throws <see cref="Abstractions.Errors.ValidationFailedException"/> naming every field that breaks a rule.</summary>
    public static void Validate(VoucherProgramme programme, decimal committed)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var errors = new FieldErrors();
        if (programme.Title.It is null && programme.Title.En is null)
        {
            errors.Add("title", "A title is required, in Italian (it) or English (en) or both.");
        }

        errors.MaxLength("title.it", programme.Title.It, VoucherProgramme.MaxTitleLength);
        errors.MaxLength("title.en", programme.Title.En, VoucherProgramme.MaxTitleLength);
        errors.SingleLine("title.it", programme.Title.It);
        errors.SingleLine("title.en", programme.Title.En);
        errors.MaxLength("description.it", programme.Description?.It, VoucherProgramme.MaxDescriptionLength);
        errors.MaxLength("description.en", programme.Description?.En, VoucherProgramme.MaxDescriptionLength);
        errors.MultiLine("description.it", programme.Description?.It);
        errors.MultiLine("description.en", programme.Description?.En);
        if (programme.Issuer is null)
        {
            errors.Add("issuer", "Who funds and issues the vouchers is required (e.g. Comune di Milano).");
        }

        errors.MaxLength("issuer", programme.Issuer, ProfileVocabulary.MaxShortFieldLength);
        errors.SingleLine("issuer", programme.Issuer);
        Amounts(errors, programme, committed);
        Eligibility(errors, programme.Eligibility);
        if (programme.ValidFrom is null)
        {
            errors.Add("validFrom", "The first day vouchers are issued and spent is required (YYYY-MM-DD).");
        }

        if (programme.ValidUntil is null)
        {
            errors.Add("validUntil", "The last day vouchers are issued and spent is required (YYYY-MM-DD).");
        }
        else if (programme.ValidFrom is { } from && programme.ValidUntil < from)
        {
            errors.Add("validUntil", $"The last day ({programme.ValidUntil:yyyy-MM-dd}) is before the first ({from:yyyy-MM-dd}).");
        }

        errors.ThrowIfAny();
    }

    /// <summary>
    /// Throws <see cref="Abstractions.Errors.ValidationFailedException"/> naming what is wrong with <paramref name="holder"/>
    /// for <paramref name="programme"/> on <paramref name="today"/>: its shape, its kind, a person's age.
    /// </summary>
    public static VoucherHolder CheckHolder(VoucherProgramme programme, VoucherHolder holder, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(holder);
        holder = holder with { Name = Text.Tidy(holder.Name) };
        var errors = new FieldErrors();
        var isPerson = holder.Name is not null || holder.BirthDate is not null;
        if (isPerson == (holder.Actor is not null))
        {
            errors.Add("holder", "Name one holder: a person (name and birthDate) or an actor ({kind, id}).");
            errors.ThrowIfAny();
        }

        if (holder.Actor is { } actor)
        {
            if (errors.Kind("holder.actor", actor) && ActorIds.Problem(actor.Id) is { } problem)
            {
                errors.Add("holder.actor.id", problem);
            }
        }
        else
        {
            if (holder.Name is null)
            {
                errors.Add("holder.name", "The person's full name is required.");
            }

            errors.MaxLength("holder.name", holder.Name, VoucherHolder.MaxNameLength);
            errors.SingleLine("holder.name", holder.Name);
            if (holder.BirthDate is not { } born)
            {
                errors.Add("holder.birthDate", "The person's birth date is required (YYYY-MM-DD).");
            }
            else if (born > today)
            {
                errors.Add("holder.birthDate", $"A birth date after today ({born:yyyy-MM-dd}).");
            }
            else if (programme.Eligibility.MaxAge is { } maxAge && Age(born, today) > maxAge)
            {
                errors.Add("holder.birthDate", $"The programme is for people up to {maxAge} years old; born on {born:yyyy-MM-dd}, the holder is {Age(born, today)}.");
            }
        }

        errors.ThrowIfAny();
        if (!programme.Eligibility.Holders.Contains(holder.Kind))
        {
            errors.Add(holder.Actor is null ? "holder" : "holder.actor.kind",
                $"The programme's vouchers go to {string.Join(", ", programme.Eligibility.Holders.Select(Abstractions.Json.EnumNames<HolderKind>.Name))} only, not to a {Abstractions.Json.EnumNames<HolderKind>.Name(holder.Kind)}.");
        }

        errors.ThrowIfAny();
        return holder;
    }

    /// <summary>Full years from <paramref name="born"/> to <paramref name="today"/>.</summary>
    public static int Age(DateOnly born, DateOnly today)
    {
        var age = today.Year - born.Year;
        return today < born.AddYears(age) ? age - 1 : age;
    }

    private static void Amounts(FieldErrors errors, VoucherProgramme programme, decimal committed)
    {
        if (programme.Budget is not { } budget)
        {
            errors.Add("budget", "The budget in euro is required.");
        }
        else if (budget <= 0 || budget > VoucherProgramme.MaxBudget)
        {
            errors.Add("budget", $"The budget is an amount in euro above 0 and at most {VoucherProgramme.MaxBudget:0} ({budget} given).");
        }
        else if (budget < committed)
        {
            errors.Add("budget", $"Vouchers worth {committed:0.##} euro are issued: the budget cannot go below that ({budget:0.##} given). Revoke vouchers not spent first.");
        }

        if (programme.VoucherValue is not { } value)
        {
            errors.Add("voucherValue", "The value of one voucher in euro is required.");
        }
        else if (value <= 0)
        {
            errors.Add("voucherValue", $"The value of a voucher is an amount in euro above 0 ({value} given).");
        }
        else if (programme.Budget is { } b && b > 0 && value > b)
        {
            errors.Add("voucherValue", $"One voucher ({value:0.##} euro) is worth more than the whole budget ({b:0.##} euro).");
        }

        if (decimal.Round(programme.Budget ?? 0, 2) != (programme.Budget ?? 0))
        {
            errors.Add("budget", "At most two decimals (euro and cents).");
        }

        if (decimal.Round(programme.VoucherValue ?? 0, 2) != (programme.VoucherValue ?? 0))
        {
            errors.Add("voucherValue", "At most two decimals (euro and cents).");
        }
    }

    private static void Eligibility(FieldErrors errors, VoucherEligibility eligibility)
    {
        if (eligibility.Holders.Count == 0)
        {
            errors.Add("eligibility.holders", $"Name who may hold a voucher: one or more of {Abstractions.Json.EnumNames<HolderKind>.List}.");
        }

        for (var i = 0; i < eligibility.Holders.Count; i++)
        {
            errors.Defined($"eligibility.holders[{i}]", eligibility.Holders[i]);
        }

        errors.Range("eligibility.maxAge", eligibility.MaxAge, 1, VoucherEligibility.MaxAgeLimit);
    }
}
