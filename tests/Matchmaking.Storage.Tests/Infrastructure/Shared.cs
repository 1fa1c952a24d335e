namespace Matchmaking.Storage.Tests.Infrastructure;

/// <summary>
/// A class fixture: one <typeparamref name="T"/> (a silo) for all the tests of a class, made on first use, since the
/// class's database may need a collection fixture, which xunit 2 cannot give a class fixture. A failed start is not
/// cached, so each test reports its own error. Disposed with the class, then the registered clean-ups run.
/// </summary>
public sealed class Shared<T> : IAsyncLifetime
    where T : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly List<Action> cleanups = [];
    private Task<T>? value;

    public Task<T> GetAsync(Func<Task<T>> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (gate)
        {
            if (value is null || value.IsFaulted || value.IsCanceled)
            {
                value = create();
            }

            return value;
        }
    }

    /// <summary>Runs <paramref name="cleanup"/> when the class is done (after the value is disposed).</summary>
    public void OnDispose(Action cleanup)
    {
        lock (gate)
        {
            cleanups.Add(cleanup);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (value is { IsCompletedSuccessfully: true })
        {
            await (await value).DisposeAsync();
        }

        foreach (var cleanup in cleanups)
        {
            cleanup();
        }
    }
}
