using System.Net;
using System.Net.Sockets;

namespace Matchmaking.Cli.Tests.Fakes;

/// <summary>Starts a fresh <see cref="FakeSilo"/> per test and gives a port nothing listens on.</summary>
public abstract class FakeSiloTest : IAsyncLifetime
{
    protected FakeSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync() => Silo = await FakeSilo.StartAsync();

    public async Task DisposeAsync() => await Silo.DisposeAsync();

    /// <summary>A loopback address whose port was free a moment ago, so connecting is refused.</summary>
    protected static Uri DeadUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
