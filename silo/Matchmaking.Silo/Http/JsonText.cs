using System.Text.Json;
using System.Text.Unicode;

namespace Matchmaking.Silo.Http;

/// <summary>
/// What JSON text must be before it is parsed: well formed, UTF-8, no field twice in one object (names compared
/// as the API reads them, case aside), no string with a lone surrogate (<c>"\ud800"</c>). The one pass every
/// request body goes through (<see cref="JsonBody"/>); a problem names the field where it is, as field errors do
/// (<c>$</c>, <c>name</c>, <c>location.province</c>, <c>themes[2]</c>).
/// </summary>
public static class JsonText
{
    /// <summary>The first problem of <paramref name="json"/>, or null when it is acceptable.</summary>
    public static (string Field, string Message)? Problem(ReadOnlySpan<byte> json, int maxDepth)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        var frames = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                var problem = reader.TokenType switch
                {
                    JsonTokenType.PropertyName => Name(ref reader, frames.Peek()),
                    JsonTokenType.StartObject or JsonTokenType.StartArray => Open(frames, reader.TokenType),
                    JsonTokenType.EndObject or JsonTokenType.EndArray => Close(frames),
                    _ => Value(ref reader, frames),
                };
                if (problem is not null)
                {
                    return problem;
                }
            }
        }
        catch (JsonException e)
        {
            var where = Utf8.IsValid(json) ? "" : " The body is not valid UTF-8.";
            return ("$", $"The body is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).{where}");
        }

        return null;
    }

    private static (string, string)? Name(ref Utf8JsonReader reader, Frame frame)
    {
        if (Text(ref reader) is not { } name)
        {
            return (frame.Path, Undecodable(ref reader, "A field name"));
        }

        frame.Name = name;
        return frame.Names!.Add(name)
            ? null
            : (Join(frame.Path, name), "The field appears more than once in this object; send it once.");
    }

    private static (string, string)? Open(Stack<Frame> frames, JsonTokenType token)
    {
        var path = NextPath(frames);
        frames.Push(new Frame(path, token == JsonTokenType.StartObject));
        return null;
    }

    private static (string, string)? Close(Stack<Frame> frames)
    {
        frames.Pop();
        Advance(frames);
        return null;
    }

    private static (string, string)? Value(ref Utf8JsonReader reader, Stack<Frame> frames)
    {
        var path = NextPath(frames);
        Advance(frames);
        return reader.TokenType == JsonTokenType.String && Text(ref reader) is null
            ? (path, Undecodable(ref reader, "The text"))
            : null;
    }

    // Null when the string cannot be decoded: invalid UTF-8, or an escaped surrogate without its pair.
    private static string? Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Undecodable(ref Utf8JsonReader reader, string what) =>
        Utf8.IsValid(reader.ValueSpan) // one span: bodies are read whole
            ? $"{what} has a lone surrogate escape (such as \\ud800 without its pair); send whole Unicode characters."
            : $"{what} is not valid UTF-8.";

    private static string NextPath(Stack<Frame> frames) =>
        frames.TryPeek(out var frame)
            ? frame.Names is null ? Join(frame.Path, $"[{frame.Index}]") : Join(frame.Path, frame.Name!)
            : "$";

    private static void Advance(Stack<Frame> frames)
    {
        if (frames.TryPeek(out var frame) && frame.Names is null)
        {
            frame.Index++;
        }
    }

    private static string Join(string parent, string segment) =>
        segment.StartsWith('[') ? (parent == "$" ? "$" : parent) + segment
        : parent == "$" ? segment
        : $"{parent}.{segment}";

    private sealed class Frame(string path, bool isObject)
    {
        public string Path { get; } = path;

        // Null in an array; the names seen so far in an object, compared as the API reads them (case aside).
        public HashSet<string>? Names { get; } = isObject ? new(StringComparer.OrdinalIgnoreCase) : null;

        public string? Name { get; set; }

        public int Index { get; set; }
    }
}
