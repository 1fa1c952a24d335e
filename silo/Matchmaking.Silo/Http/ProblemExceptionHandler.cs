using Matchmaking.Abstractions.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Silo.Http;

/// <summary>
/// Turns exceptions into RFC 9457 problem details: bad input 400 with field errors, not allowed 403, an unknown actor, call or proposal 404, a transition out of order or a stored record that cannot be read 409,
/// a stale version 412, a body over its limit 413, a body not sent as JSON 415; the storage or the cluster unavailable 503; anything else a 500 that says nothing of the internals.
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
            ActorNotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found.", notFound.Message),
            VersionConflictException conflict => Problem(StatusCodes.Status412PreconditionFailed, "The profile has changed.", conflict.Message),
            NotFoundException missing => Problem(StatusCodes.Status404NotFound, "Not found.", missing.Message),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "Not allowed.", forbidden.Message),
            StateConflictException stateConflict => Problem(StatusCodes.Status409Conflict, "Not possible in the current state.", stateConflict.Message),
            UnreadableRecordException unreadable => Problem(StatusCodes.Status409Conflict, "The stored record cannot be read.", unreadable.Message),
            PayloadTooLargeException tooLarge => Problem(StatusCodes.Status413PayloadTooLarge, "The body is too large.", tooLarge.Message),
            UnsupportedMediaTypeException unsupported => Problem(StatusCodes.Status415UnsupportedMediaType, "The body is not JSON.", unsupported.Message),
            BadHttpRequestException badRequest => Problem(badRequest.StatusCode, "The request could not be read.", badRequest.Message),
            _ when Unavailable(exception) => Problem(
                StatusCodes.Status503ServiceUnavailable,
                "The service is unavailable for a moment.",
                "The storage or a silo did not answer; nothing was acknowledged by this request. Try again shortly."),
            _ => Problem(
                StatusCodes.Status500InternalServerError,
                "An unexpected error occurred.",
                "The error was logged; nothing was changed by this request unless it said so."),
        };

        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    // The database away, the cluster between a silo's death and its members noticing, or (a front end) no gateway: worth a retry.
    private static bool Unavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException or System.Net.Sockets.SocketException or TimeoutException
                or Orleans.Runtime.OrleansMessageRejectionException or Orleans.Runtime.SiloUnavailableException
                or Orleans.Runtime.Messaging.ConnectionFailedException or Orleans.Runtime.GatewayTooBusyException)
            {
                return true;
            }
        }

        return false;
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
