using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Matchmaking.Testing;

/// <summary>
/// The real silo, started as its own process on a free loopback port (as a user would run it), with
/// settings passed as environment variables. Can be killed hard and started again on the same store.
/// It always gets a bootstrap admin key (<c>Auth__BootstrapAdminKey</c>, random unless given): <see cref="AdminKey"/>,
/// which <see cref="CreateHttpClient()"/> sends by default.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> environment;
    private readonly StringBuilder output = new();
    private Process? process;

    public const string BootstrapKeySetting = "Auth__BootstrapAdminKey";

    private SiloProcess(Dictionary<string, string> environment, int port)
    {
        if (!environment.ContainsKey(BootstrapKeySetting))
        {
            environment[BootstrapKeySetting] = "test-admin-" + Guid.NewGuid().ToString("N");
        }

        // Orleans' own endpoints, free ports too, so that silos of parallel tests do not meet; kept across restarts.
        environment.TryAdd("Orleans__SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        environment.TryAdd("Orleans__GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        this.environment = environment;
        AdminKey = environment[BootstrapKeySetting];
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    /// <summary>The bootstrap admin API key the silo was started with.</summary>
    public string AdminKey { get; }

    public Uri BaseAddress { get; }

    /// <summary>What the silo printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>How long a start waits for <c>/health</c> to answer 200 (a silo loading a large store needs longer).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Starts a silo with the given settings (e.g. <c>Storage__Provider</c>) and waits for <c>/health</c>.</summary>
    public static Task<SiloProcess> StartAsync(IReadOnlyDictionary<string, string> settings) =>
        StartAsync(settings, TimeSpan.FromSeconds(90));

    /// <summary>Starts a silo and waits up to <paramref name="startTimeout"/> (this and every later start) for <c>/health</c>.</summary>
    /// <remarks>
    /// A free port is free when asked, not when the silo binds it: another test's process may take it in between. A
    /// first start that fails for that reason is tried again on new ports (three times at most).
    /// </remarks>
    public static async Task<SiloProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan startTimeout)
    {
        for (var attempt = 1; ; attempt++)
        {
            var silo = new SiloProcess(new Dictionary<string, string>(settings), FreePort()) { StartTimeout = startTimeout };
            try
            {
                await silo.StartAgainAsync();
                return silo;
            }
            catch (InvalidOperationException taken) when (attempt < 3 && taken.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await silo.DisposeAsync();
            }
        }
    }

    /// <summary>A client that sends the bootstrap admin key.</summary>
    public HttpClient CreateHttpClient() => CreateHttpClient(AdminKey);

    /// <summary>A client that sends <paramref name="apiKey"/> as <c>Authorization: Bearer</c>, or nothing when null.</summary>
    public HttpClient CreateHttpClient(string? apiKey)
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return http;
    }

    /// <summary>A client without credentials.</summary>
    public HttpClient CreateAnonymousHttpClient() => CreateHttpClient(apiKey: null);

    /// <summary>Starts the process again (after <see cref="KillAsync"/>) with the same settings and port.</summary>
    public async Task StartAgainAsync()
    {
        if (process is { HasExited: false })
        {
            throw new InvalidOperationException("The silo is already running.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(SiloAssembly())!,
        };
        start.ArgumentList.Add(SiloAssembly());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{Port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitForHealthAsync();
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash would.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
    }

    private async Task WaitForHealthAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited)
            {
                // HasExited can be true before the redirected output is read to its end: the process's own wait
                // returns once both streams are drained, so the message carries what the silo printed last.
                await process.WaitForExitAsync();
                throw new InvalidOperationException($"The silo exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The silo did not become healthy in {StartTimeout.TotalSeconds:F0} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>A loopback TCP port free at the moment of the call.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The silo's own build output, next to this test assembly's configuration (Debug/Release).</summary>
    private static string SiloAssembly()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testBin.Parent!.Name; // …/bin/{Configuration}/net10.0/
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Matchmaking.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("Matchmaking.sln not found above " + AppContext.BaseDirectory);
        }

        var path = Path.Combine(root.FullName, "silo", "Matchmaking.Silo", "bin", configuration, "net10.0", "Matchmaking.Silo.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the silo first; not found: " + path);
    }
}
