using Microsoft.Extensions.Hosting;

namespace Matchmaking.Runtime;

/// <summary>Runs idle collection while the host runs, and deactivates every activation when it stops.</summary>
internal sealed class GrainRuntimeHostedService(GrainRuntime runtime) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _collector = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _collector = runtime.RunCollectorAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _collector;
        await runtime.ShutdownAsync(cancellationToken);
    }

    public void Dispose() => _stopping.Dispose();
}
