using System.Net;

namespace Matchmaking.Client;

/// <summary>The silo answered with an error status; carries the status and the parsed problem details.</summary>
public sealed class MatchmakingApiException : Exception
{
    public MatchmakingApiException()
        : this("The matchmaking API answered with an error.")
    {
    }

    public MatchmakingApiException(string message)
        : base(message) => Problem = new ApiProblem(null, null, null, null, null);

    public MatchmakingApiException(string message, Exception innerException)
        : base(message, innerException) => Problem = new ApiProblem(null, null, null, null, null);

    public MatchmakingApiException(HttpMethod method, Uri url, HttpStatusCode statusCode, ApiProblem problem)
        : base(Describe(method, url, statusCode, problem))
    {
        Method = method;
        Url = url;
        StatusCode = statusCode;
        Problem = problem;
    }

    public HttpMethod? Method { get; }

    public Uri? Url { get; }

    public HttpStatusCode StatusCode { get; }

    public ApiProblem Problem { get; }

    /// <summary>Field path → messages, empty when the error was not about fields.</summary>
    public IReadOnlyDictionary<string, string[]> FieldErrors => Problem.Errors ?? new Dictionary<string, string[]>();

    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    private static string Describe(HttpMethod method, Uri url, HttpStatusCode status, ApiProblem problem)
    {
        var text = $"{method} {url.PathAndQuery} failed with {(int)status} {problem.Title ?? status.ToString()}";
        if (!string.IsNullOrWhiteSpace(problem.Detail) && problem.Detail != problem.Title)
        {
            text += $": {problem.Detail}";
        }

        var fields = problem.FieldErrorsText();
        return fields.Length == 0 ? text : $"{text} ({fields})";
    }
}
