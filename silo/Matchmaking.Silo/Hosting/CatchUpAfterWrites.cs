using System.Reflection;
using Matchmaking.Abstractions.Calls;
using Matchmaking.Grains.ReadModels;
using Orleans.Concurrency;

namespace Matchmaking.Silo.Hosting;

/// <summary>
/// Read-your-writes for a front end, and for a silo of a cluster serving HTTP: after a grain call that may have
/// written (not <c>[ReadOnly]</c>) returns, the read models read the storage table once more before the request
/// goes on, so a list asked right after a profile is saved shows it even when the grain lives on another silo.
/// Calls a grain makes to another grain are left alone (only requests wait for their own writes). The write is
/// already acknowledged: a failing read is logged, never turned into an error.
/// </summary>
internal sealed partial class CatchUpAfterWrites(EcosystemFeed feed, ILogger<CatchUpAfterWrites> logger) : IOutgoingGrainCallFilter
{
    private static readonly Assembly Contracts = typeof(ICallGrain).Assembly;

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        await context.Invoke();
        if (context.SourceContext is null && context.InterfaceMethod is { } method && method.DeclaringType?.Assembly == Contracts && !method.IsDefined(typeof(ReadOnlyAttribute)))
        {
            try
            {
                await feed.CatchUpAsync(CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogCatchUpFailed(logger, context.MethodName, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "After {Method}, the read models could not read storage: {Problem}")]
    private static partial void LogCatchUpFailed(ILogger logger, string method, string problem);
}
