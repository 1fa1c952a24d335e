namespace Matchmaking.Persistence;

/// <summary>
/// Runs schema creation once before the first call that needs it, so a storage works whichever order
/// the host starts its services in. A failed or cancelled attempt is retried by the next caller.
/// </summary>
internal sealed class SchemaGate(Func<CancellationToken, Task> createSchema)
{
    private readonly Lock _lock = new();
    private Task? _ready;

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        Task? ready = Volatile.Read(ref _ready);
        if (ready is { IsCompletedSuccessfully: true })
        {
            return Task.CompletedTask;
        }

        lock (_lock)
        {
            if (_ready is null || _ready.IsFaulted || _ready.IsCanceled)
            {
                // Shared by every waiter, so no single caller's token may cancel it; each waiter stops waiting on its own token.
                _ready = Task.Run(() => createSchema(CancellationToken.None), CancellationToken.None);
            }

            ready = _ready;
        }

        return ready.WaitAsync(cancellationToken);
    }

    public void MarkReady()
    {
        lock (_lock)
        {
            _ready = Task.CompletedTask;
        }
    }
}
