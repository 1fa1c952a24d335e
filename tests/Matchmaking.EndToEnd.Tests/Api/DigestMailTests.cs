using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>A real SMTP server in the test process (the SmtpServer package) that keeps every message it receives.</summary>
public sealed class CapturingSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    public CapturingSmtpServer()
    {
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Messages));
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}

/// <summary>A demo silo that sends digests to the capturing SMTP server.</summary>
public sealed class MailingSiloFixture : SiloFixture
{
    public MailingSiloFixture()
        : this(new CapturingSmtpServer())
    {
    }

    private MailingSiloFixture(CapturingSmtpServer smtp)
        : base(demo: true, new Dictionary<string, string>
        {
            ["Digests__Smtp__Host"] = "127.0.0.1",
            ["Digests__Smtp__Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Digests__Smtp__Security"] = "None",
            ["Digests__Smtp__From"] = "Polo <digest@polo.example>",
        }) => Smtp = smtp;

    public CapturingSmtpServer Smtp { get; }
}

/// <summary>Digests by e-mail: issued now by the hub manager, each member with an address gets its own, in its language.</summary>
public sealed class DigestMailTests(MailingSiloFixture fixture) : IClassFixture<MailingSiloFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await fixture.Smtp.DisposeAsync();

    [Fact]
    public async Task Each_member_with_an_address_gets_its_digest_in_its_language_and_a_second_issue_marks_nothing_new()
    {
        await CreateMemberAsync("digest-it", "company/meccanica-armiera-gardonese", "ufficio@armiera.example", "it");
        await CreateMemberAsync("digest-en", "startup/visiodefect", "team@visiodefect.example", "en");
        using var bad = await fixture.Http.PostAsJsonAsync("api/users", new { id = "digest-bad", name = "Bad", role = "member", actor = new { kind = "startup", id = "visiodefect" }, email = "not an address", language = "fr" });

        using var issued = await fixture.Http.PostAsync("api/digests/issue", null);
        var count = (int)(await issued.ReadObjectAsync())["issued"]!;
        var italian = fixture.Smtp.Messages.Single(m => m.To.Mailboxes.Any(a => a.Address == "ufficio@armiera.example"));
        var english = fixture.Smtp.Messages.Single(m => m.To.Mailboxes.Any(a => a.Address == "team@visiodefect.example"));
        var digest = (await fixture.Http.GetFromJsonAsync<JsonObject>("api/startups/visiodefect/digest"))!;

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadObjectAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("email") && errors.ContainsKey("language"), errors.ToJsonString());
        Assert.True(count >= 2);
        Assert.StartsWith("Il tuo riepilogo settimanale: ", italian.Subject, StringComparison.Ordinal);
        Assert.Contains("Partner suggeriti", italian.TextBody, StringComparison.Ordinal);
        Assert.Contains("[nuovo]", italian.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Suggested partners", italian.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Your weekly digest: ", english.Subject, StringComparison.Ordinal);
        Assert.Contains("Suggested partners", english.TextBody, StringComparison.Ordinal);
        Assert.Equal("digest@polo.example", english.From.Mailboxes.Single().Address);
        Assert.All(digest["suggestions"]!.AsArray(), s => Assert.False((bool)s!["new"]!)); // just issued: nothing new
    }

    private async Task CreateMemberAsync(string id, string actor, string email, string language)
    {
        var parts = actor.Split('/');
        using var response = await fixture.Http.PostAsJsonAsync("api/users", new { id, name = $"Utente {id}", role = "member", actor = new { kind = parts[0], id = parts[1] }, email, language });
        response.EnsureSuccessStatusCode();
    }
}
