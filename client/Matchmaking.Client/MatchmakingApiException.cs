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
        // "403 Not allowed: This proposal does not name startup/x (POST /api/proposals/p-1/decisions)": the title's
        // closing period is dropped before the detail, and a detail that repeats the title is left out.
        // Field errors say more than the generic detail of a 400 ("See the errors by field"), so they replace it.
        var title = (problem.Title ?? status.ToString()).Trim().TrimEnd('.');
        var text = $"{(int)status} {title}";
        var detail = problem.Detail?.Trim();
        var fields = problem.FieldErrorsText();
        if (fields.Length > 0)
        {
            text += $": {fields}";
        }
        else if (!string.IsNullOrEmpty(detail) && detail.TrimEnd('.') != title)
        {
            text += $": {detail}";
        }

        return $"{text} ({method} {url.PathAndQuery})".ReplaceLineEndings(" ");
    }
}
