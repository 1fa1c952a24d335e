using Microsoft.Extensions.Logging;

namespace Matchmaking.Runtime;

/// <summary>The runtime's log events, source-generated so that disabled levels cost nothing.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Activated {GrainId} ({GrainClass})")]
    public static partial void Activated(this ILogger logger, GrainId grainId, string grainClass);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Activation of {GrainId} failed; the next call tries again")]
    public static partial void ActivationFailed(this ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Deactivated {GrainId} ({ReasonCode})")]
    public static partial void Deactivated(this ILogger logger, GrainId grainId, DeactivationReasonCode reasonCode);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "OnDeactivateAsync of {GrainId} failed or timed out")]
    public static partial void DeactivationFailed(this ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "A timer callback of {GrainId} failed")]
    public static partial void TimerCallbackFailed(this ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "Collecting {Count} idle activations")]
    public static partial void IdleActivationsCollected(this ILogger logger, int count);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Grain runtime stopping: deactivating {Count} activations")]
    public static partial void RuntimeStopping(this ILogger logger, int count);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Shutdown gave up after {Timeout}; {Remaining} activations had not finished deactivating")]
    public static partial void ShutdownTimedOut(this ILogger logger, TimeSpan timeout, int remaining);
}
