using Matchmaking.Grains.ReadModels;

namespace Matchmaking.Silo.Hosting;

/// <summary>
/// Loads a front end's read models from storage before it serves (the host starts HTTP after this), retrying
/// while the database does not answer or its tables do not exist yet (the silos create them).
/// </summary>
internal sealed partial class FrontendReplicaLoader(ReplicaLoading loading, ILogger<FrontendReplicaLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await loading.LoadAsync(cancellationToken);
                return;
            }
            catch (System.Data.Common.DbException ex)
            {
                LogRetry(logger, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load the read models from storage (retrying): {Problem}")]
    private static partial void LogRetry(ILogger logger, string problem);
}
