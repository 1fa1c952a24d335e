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
        : base($"cannot reach the matchmaking silo at {WithoutUserInfo(url)}: {innerException?.Message}", innerException) => Url = url;

    public Uri? Url { get; }

    // An address may carry a user name and password (http://user:secret@host/): never in a message.
    private static Uri WithoutUserInfo(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.UserInfo.Length == 0 ? url : new UriBuilder(url) { UserName = "", Password = "" }.Uri;
    }
}
