namespace Matchmaking.Client;

/// <summary>The silo could not be reached (refused, unknown host, timed out); the message names the URL.</summary>
public sealed class MatchmakingConnectionException : Exception
{
    public MatchmakingConnectionException()
        : this("Cannot reach the matchmaking silo.")
    {
    }

    public MatchmakingConnectionException(string message)
        : base(message)
    {
    }

    public MatchmakingConnectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MatchmakingConnectionException(Uri url, Exception innerException)
        : base($"cannot reach the matchmaking silo at {url}: {innerException.Message}", innerException) => Url = url;

    public Uri? Url { get; }
}
