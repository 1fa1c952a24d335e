using Matchmaking.Runtime.Tests.Grains;
using Matchmaking.Runtime.Tests.Infrastructure;

namespace Matchmaking.Runtime.Tests;

public sealed class CallContextTests
{
    [Fact]
    public async Task Grain_code_does_not_run_on_the_callers_synchronization_context_and_the_caller_keeps_it()
    {
        await using var silo = await TestSilo.StartAsync();
        var callersContext = new CountingContext();
        var previous = SynchronizationContext.Current;
        Task<int> call;
        SynchronizationContext? contextAfterCall;
        SynchronizationContext.SetSynchronizationContext(callersContext);
        try
        {
            call = silo.Grains.GetGrain<ICounterGrain>("ctx").IncrementAsync();
            contextAfterCall = SynchronizationContext.Current;
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        Assert.Equal(1, await call);
        Assert.Same(callersContext, contextAfterCall);
        Assert.Equal(0, callersContext.Posts);
    }

    private sealed class CountingContext : SynchronizationContext
    {
        private int _posts;

        public int Posts => Volatile.Read(ref _posts);

        public override void Post(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref _posts);
            base.Post(d, state);
        }
    }
}
