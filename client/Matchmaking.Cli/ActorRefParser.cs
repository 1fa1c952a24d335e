using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Cli;

/// <summary>Reads an actor as people type it: <c>kind/id</c>, e.g. <c>startup/visione</c> or <c>companies/acme</c>.</summary>
public static class ActorRefParser
{
    /// <summary>The actor named by <paramref name="text"/>, or a <see cref="UsageException"/> naming <paramref name="option"/>.</summary>
    public static ActorRef Parse(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[1].Length == 0)
        {
            throw new UsageException($"{option} '{text}' is not kind/id (e.g. startup/visione)");
        }

        return new ActorRef(KindParser.Parse(parts[0]), parts[1]);
    }

    /// <summary>Every actor of repeated or comma-separated values.</summary>
    public static List<ActorRef> ParseAll(IEnumerable<string>? values, string option) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(v => Parse(v, option))];
}
