namespace Matchmaking.Silo.Auth;

/// <summary>The problem-details answers of sign-in and permissions.</summary>
public static class AccessProblems
{
    public const string SignInDetail = "Sign in, or send an API key as 'Authorization: Bearer KEY'.";

    public static IResult Forbidden(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.", detail: detail);

    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already exists.", detail: detail);

    /// <summary>A state-changing API call authenticated by the page cookie without a valid antiforgery token: 403.</summary>
    public static async Task WriteAntiforgeryAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Antiforgery token missing or invalid.",
                Detail = $"A call signed in by the page cookie that changes something needs the pages' antiforgery token in the '{AuthServices.AntiforgeryHeader}' header; scripts and tools use an API key ('Authorization: Bearer KEY') instead. Nothing was changed.",
            },
        });
    }

    /// <summary>Writes a 401 (with <c>WWW-Authenticate: Bearer</c>) or 403 problem to the response.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Title = status == StatusCodes.Status401Unauthorized ? "Sign-in required." : "Not allowed.",
                Detail = detail,
            },
        });
    }
}
