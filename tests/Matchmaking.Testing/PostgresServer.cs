using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace Matchmaking.Testing;

/// <summary>
/// A throw-away PostgreSQL server for tests: a fresh cluster (<c>initdb</c>) in a temp folder, listening on
/// a free port on 127.0.0.1 only, trust authentication, durability switched off for speed. When the tests
/// run as root the server runs as the <c>postgres</c> OS user (created when missing), as PostgreSQL refuses root.
/// It can be stopped and started again on the same folder and port (<see cref="StopAsync"/>, <see cref="StartAgainAsync"/>),
/// as an outage would. Disposing stops it at once and deletes the folder.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    private const string OsUser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly string _binDirectory;
    private readonly bool _runAsOsUser;
    private readonly EventHandler _stopAtExit;
    private int _disposed;

    private PostgresServer(string binDirectory, bool runAsOsUser, string rootDirectory, int port)
    {
        _binDirectory = binDirectory;
        _runAsOsUser = runAsOsUser;
        RootDirectory = rootDirectory;
        Port = port;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = port,
            Username = "postgres",
            Database = "postgres",
            IncludeErrorDetail = true,
        }.ConnectionString;

        // A last resort when a test run ends without disposing the server: do not leave it running.
        _stopAtExit = (_, _) => StopQuietly();
        AppDomain.CurrentDomain.ProcessExit += _stopAtExit;
    }

    /// <summary>The folder holding the cluster (<c>data</c>), its log (<c>server.log</c>) and its unix socket.</summary>
    public string RootDirectory { get; }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Connects as superuser <c>postgres</c> to the default <c>postgres</c> database.</summary>
    public string ConnectionString { get; }

    private string DataDirectory => Path.Combine(RootDirectory, "data");

    /// <summary>
    /// Starts a new server and returns once it accepts connections. Throws (never skips) with a clear
    /// message when the PostgreSQL programs are missing or the server does not start; the log is in the message.
    /// </summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken ct = default)
    {
        var binDirectory = await PostgresBinaries.FindAsync(ct);
        var runAsOsUser = Environment.UserName == "root";
        if (runAsOsUser)
        {
            await EnsureOsUserAsync(ct);
        }

        // As root, stay out of TMPDIR: it may sit under /root, which the postgres user cannot enter.
        var tempBase = runAsOsUser ? "/tmp" : Path.GetTempPath();
        var root = Path.Combine(tempBase, $"mm-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        PostgresServer? server = null;
        try
        {
            if (runAsOsUser)
            {
                await ProcessRunner.RunCheckedAsync("chown", [$"{OsUser}:", root], root, CommandTimeout, ct);
            }

            var data = Path.Combine(root, "data");
            await RunServerProgramAsync(binDirectory, runAsOsUser, root, "initdb",
                ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions"], ct);

            // Appending keeps the file's owner; settings trade durability for speed, as nothing here must survive.
            await File.AppendAllTextAsync(Path.Combine(data, "postgresql.conf"), $"""

                listen_addresses = '127.0.0.1'
                unix_socket_directories = '{root}'
                max_connections = 200
                fsync = off
                synchronous_commit = off
                full_page_writes = off
                """, ct);

            var port = await StartOnFreePortAsync(binDirectory, runAsOsUser, root, ct);
            server = new PostgresServer(binDirectory, runAsOsUser, root, port);
            await server.WaitUntilAcceptingAsync(ct);
            return server;
        }
        catch
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
            else
            {
                await StopImmediatelyAsync(binDirectory, runAsOsUser, root);
                TempDirectory.DeleteQuietly(root);
            }

            throw;
        }
    }

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    /// <param name="name">Lowercase letters, digits and underscores, starting with a letter or underscore.</param>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a plain lowercase database name.", nameof(name));
        }

        // Identifiers cannot be parameters; the name is checked above. template0 is never connected to,
        // so concurrent creations cannot fail on a busy template; FILE_COPY beats WAL_LOG for a template this small.
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false };
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 STRATEGY FILE_COPY", connection);
            await command.ExecuteNonQueryAsync(ct);
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Creates an empty database with a new name starting with <paramref name="prefix"/>.</summary>
    public Task<string> CreateUniqueDatabaseAsync(string prefix = "test", CancellationToken ct = default) =>
        CreateDatabaseAsync($"{prefix}_{Guid.NewGuid():N}", ct);

    /// <summary>
    /// Stops the server with a fast shutdown (<c>pg_ctl stop -m fast</c>: open transactions are rolled back and every
    /// connection is closed by the server), keeping its folder and port for <see cref="StartAgainAsync"/>.
    /// </summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await RunServerProgramAsync(_binDirectory, _runAsOsUser, RootDirectory, "pg_ctl",
            ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "30"], ct);
    }

    /// <summary>Starts the server again (after <see cref="StopAsync"/>) on the same folder and port; returns once it accepts connections.</summary>
    public async Task StartAgainAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        try
        {
            await RunServerProgramAsync(_binDirectory, _runAsOsUser, RootDirectory, "pg_ctl",
                ["start", "-D", DataDirectory, "-l", Path.Combine(RootDirectory, "server.log"), "-w", "-t", "30", "-o", $"-p {Port}"], ct);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"{e.Message}\nServer log:\n{ReadLog(RootDirectory)}", e);
        }

        await WaitUntilAcceptingAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= _stopAtExit;
        NpgsqlConnection.ClearAllPools();
        await StopImmediatelyAsync(_binDirectory, _runAsOsUser, RootDirectory);
        TempDirectory.DeleteQuietly(RootDirectory);
    }

    private static async Task EnsureOsUserAsync(CancellationToken ct)
    {
        if (await OsUserExistsAsync(ct))
        {
            return;
        }

        var (exitCode, output) = await ProcessRunner.RunAsync(
            "useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/bin/sh", OsUser], "/", CommandTimeout, ct);

        // Another test process may have created it in the meantime.
        if (exitCode != 0 && !await OsUserExistsAsync(ct))
        {
            throw new InvalidOperationException($"Could not create the '{OsUser}' OS user to run PostgreSQL (useradd exited with {exitCode}): {output}");
        }
    }

    private static async Task<bool> OsUserExistsAsync(CancellationToken ct) =>
        (await ProcessRunner.RunAsync("id", ["-u", OsUser], "/", CommandTimeout, ct)).ExitCode == 0;

    private static async Task<int> StartOnFreePortAsync(string binDirectory, bool runAsOsUser, string root, CancellationToken ct)
    {
        // The port is free when chosen but could be taken before the server binds it, so retry on another.
        const int attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            try
            {
                await RunServerProgramAsync(binDirectory, runAsOsUser, root, "pg_ctl",
                    ["start", "-D", Path.Combine(root, "data"), "-l", Path.Combine(root, "server.log"), "-w", "-t", "30", "-o", $"-p {port}"], ct);
                return port;
            }
            catch (InvalidOperationException) when (attempt < attempts)
            {
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"{e.Message}\nServer log:\n{ReadLog(root)}", e);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ReadLog(string root)
    {
        var log = Path.Combine(root, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no log)";
    }

    private static Task<string> RunServerProgramAsync(
        string binDirectory, bool runAsOsUser, string root, string program, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var path = Path.Combine(binDirectory, program);
        return runAsOsUser
            ? ProcessRunner.RunCheckedAsync("runuser", ["-u", OsUser, "--", path, .. arguments], root, CommandTimeout, ct)
            : ProcessRunner.RunCheckedAsync(path, arguments, root, CommandTimeout, ct);
    }

    private static async Task StopImmediatelyAsync(string binDirectory, bool runAsOsUser, string root)
    {
        if (!File.Exists(Path.Combine(root, "data", "postmaster.pid")))
        {
            return;
        }

        try
        {
            await RunServerProgramAsync(binDirectory, runAsOsUser, root, "pg_ctl",
                ["stop", "-D", Path.Combine(root, "data"), "-m", "immediate", "-w"], CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder is deleted next either way.
        }
    }

    private void StopQuietly()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            StopImmediatelyAsync(_binDirectory, _runAsOsUser, RootDirectory).GetAwaiter().GetResult();
            TempDirectory.DeleteQuietly(RootDirectory);
        }
    }

    private async Task WaitUntilAcceptingAsync(CancellationToken ct)
    {
        // pg_ctl -w already waited; this proves the TCP listener answers the way tests will connect.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, Timeout = 5 };
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(ct);
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, ct);
            }
            catch (NpgsqlException e)
            {
                throw new InvalidOperationException($"PostgreSQL on port {Port} did not accept connections. Server log:\n{ReadLog(RootDirectory)}", e);
            }
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
