using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Grains.Profiles;

/// <summary>Collects problems by field path, to report them all at once.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, $"At most {max} characters ({value.Length} given).");
        }
    }

    /// <summary>A single line of text (a name, a title, a city, a list item): no control or bidi formatting character.</summary>
    public void SingleLine(string field, string? value)
    {
        if (SafeText.Problem(value) is { } problem)
        {
            Add(field, problem);
        }
    }

    /// <summary>A text that may span lines (a description, a need): no control character but tab and line breaks, no bidi formatting.</summary>
    public void MultiLine(string field, string? value)
    {
        if (SafeText.Problem(value, multiline: true) is { } problem)
        {
            Add(field, problem);
        }
    }

    /// <summary><see cref="SingleLine"/> for every item of a list, each named by its index.</summary>
    public void SingleLines(string field, IReadOnlyList<string>? values)
    {
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            SingleLine($"{field}[{i}]", values![i]);
        }
    }

    public void MaxItems<T>(string field, IReadOnlyList<T> items)
    {
        if (items.Count > ProfileVocabulary.MaxListItems)
        {
            Add(field, $"At most {ProfileVocabulary.MaxListItems} items ({items.Count} given).");
        }
    }

    public void Phrases(string field, IReadOnlyList<string> phrases, int maxLength)
    {
        MaxItems(field, phrases);
        for (var i = 0; i < phrases.Count; i++)
        {
            MaxLength($"{field}[{i}]", phrases[i], maxLength);
        }
    }

    public void Range(string field, int? value, int min, int max)
    {
        if (value is { } number && (number < min || number > max))
        {
            Add(field, $"Must be between {min} and {max} ({number} given).");
        }
    }

    public void OneOf(string field, string? value, IReadOnlyList<string> allowed)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            Add(field, $"'{Truncate(value)}' is not one of: {string.Join(", ", allowed)}.");
        }
    }

    /// <summary>
    /// A value the enumeration defines (one cast from any number, as JSON once allowed, is not); false, with the
    /// error added, when it is not.
    /// </summary>
    public bool Defined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (Enum.IsDefined(value))
        {
            return true;
        }

        Add(field, $"'{value}' is not one of: {EnumNames<TEnum>.List}.");
        return false;
    }

    /// <summary>An actor named by a kind the product knows (else an error on <c>{field}.kind</c>).</summary>
    public bool Kind(string field, ActorRef actor) => Defined($"{field}.kind", actor.Kind);

    public void Code(string field, string? value, string what)
    {
        if (value is not null && (value.Length != 2 || !value.All(char.IsAsciiLetterUpper)))
        {
            Add(field, $"'{Truncate(value)}' is not {what}.");
        }
    }

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
