using System.Net;
using System.Net.Sockets;
using System.Text;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>HEAD on a GET resource answers as GET does (status, type, ETag) with no body on the wire; HEAD elsewhere is a 405.</summary>
public sealed class HeadRequestsTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    [Theory]
    [InlineData("/api/companies/head-company", "200", "application/json")]
    [InlineData("/api/themes", "200", "application/json")]
    [InlineData("/api/export", "200", "application/json")]
    [InlineData("/directory", "200", "text/html")]
    [InlineData("/api/companies/head-nobody", "404", "application/problem+json")]
    [InlineData("/api/import", "405", null)]
    public async Task Head_answers_like_get_without_a_body(string path, string status, string? type)
    {
        using (var put = await fixture.Http.PutAsync("api/companies/head-company", Json(Company("Testa").ToJsonString())))
        {
            put.EnsureSuccessStatusCode();
        }

        var (head, body) = await RawAsync("HEAD", path);
        Assert.StartsWith($"HTTP/1.1 {status} ", head, StringComparison.Ordinal);
        Assert.Equal("", body);
        if (type is not null)
        {
            Assert.Contains($"Content-Type: {type}", head, StringComparison.OrdinalIgnoreCase);
            var (getHead, getBody) = await RawAsync("GET", path);
            Assert.StartsWith($"HTTP/1.1 {status} ", getHead, StringComparison.Ordinal);
            Assert.NotEqual("", getBody);
        }

        if (path == "/api/companies/head-company")
        {
            Assert.Contains("ETag: \"", head, StringComparison.Ordinal);
        }
    }

    // The answer exactly as it comes off the socket (HttpClient never reads a body for HEAD, so it could not tell).
    private async Task<(string Head, string Body)> RawAsync(string method, string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, fixture.Silo.Port);
        await using var stream = client.GetStream();
        var request = $"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {fixture.Silo.AdminKey}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync();
        var split = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (answer[..split], answer[(split + 4)..]);
    }
}
