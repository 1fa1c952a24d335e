using Orleans;

namespace Matchmaking.Abstractions.Events;

/// <summary>A text in Italian and/or English (<c>{"it":"…","en":"…"}</c>); at least one where the text is required.</summary>
[GenerateSerializer, Alias("mm.BilingualText"), Immutable]
public sealed record BilingualText
{
    [Id(0)] public string? It { get; init; }

    [Id(1)] public string? En { get; init; }

    /// <summary>The text in <paramref name="language"/> (it, en), else in the other language; "" when there is none.</summary>
    public string In(string language) =>
        (string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? En ?? It : It ?? En) ?? "";
}
