using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Cli;

/// <summary>Reads a kind as people type it: <c>company</c>, <c>companies</c>, <c>Startup</c>…</summary>
public static class KindParser
{
    public const string Expected = "expected company, startup or researcher (or their plurals)";

    /// <summary>Parses <paramref name="text"/> (trimmed, any case, singular or plural); false with a message when it names no kind.</summary>
    public static bool TryParse(string? text, out ActorKind kind, out string error)
    {
        if (ActorKinds.TryParse(text?.Trim(), out kind))
        {
            error = "";
            return true;
        }

        error = string.IsNullOrWhiteSpace(text) ? $"missing kind: {Expected}" : $"unknown kind '{text}': {Expected}";
        return false;
    }

    /// <summary>The kind named by <paramref name="text"/>, or a <see cref="UsageException"/>.</summary>
    public static ActorKind Parse(string? text) => TryParse(text, out var kind, out var error) ? kind : throw new UsageException(error);
}
