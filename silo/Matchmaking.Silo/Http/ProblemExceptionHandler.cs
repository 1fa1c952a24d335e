using Matchmaking.Abstractions.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Silo.Http;

/// <summary>
/// Turns exceptions into RFC 9457 problem details: bad input 400 with field errors, not allowed 403, an unknown actor, call or proposal 404, a transition out of order 409, a stale version 412,
/// a body over its limit 413; anything else a 500 that says nothing of the internals.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            ValidationFailedException invalid => new HttpValidationProblemDetails(invalid.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid.",
                Detail = "See the errors by field; nothing was changed.",
            },
            ActorNotFoundException notFound => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Not found.",
                Detail = notFound.Message,
            },
            VersionConflictException conflict => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Title = "The profile has changed.",
                Detail = conflict.Message,
            },
            NotFoundException missing => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Not found.",
                Detail = missing.Message,
            },
            ForbiddenException forbidden => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Not allowed.",
                Detail = forbidden.Message,
            },
            StateConflictException stateConflict => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Not possible in the current state.",
                Detail = stateConflict.Message,
            },
            PayloadTooLargeException tooLarge => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The body is too large.",
                Detail = tooLarge.Message,
            },
            BadHttpRequestException badRequest => new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read.",
                Detail = badRequest.Message,
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Detail = "The error was logged; nothing was changed by this request unless it said so.",
            },
        };

        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
