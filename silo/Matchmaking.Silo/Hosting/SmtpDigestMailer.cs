using Matchmaking.Abstractions.Access;
using Matchmaking.Abstractions.Digests;
using Matchmaking.Grains.Digests;
using Matchmaking.Silo.Http;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Matchmaking.Silo.Hosting;

/// <summary>
/// <c>Digests:Smtp:Host</c> (off when empty), <c>Port</c> (25), <c>From</c>, <c>UserName</c>/<c>Password</c>
/// (optional), <c>Security</c> (<c>Auto</c>, <c>None</c>, <c>StartTls</c>, <c>SslOnConnect</c>), <c>SiteUrl</c> (the
/// base of the links in a mail, default http://127.0.0.1:5000/).
/// </summary>
public sealed class SmtpSettings
{
    public const string Section = "Digests:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string From { get; set; } = "Matchmaking <noreply@localhost>";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public Uri SiteUrl { get; set; } = new("http://127.0.0.1:5000/");
}

/// <summary>Sends digests through an SMTP server with MailKit, one connection per mail (a weekly batch of tens to hundreds).</summary>
public sealed class SmtpDigestMailer(SmtpSettings settings) : IDigestMailer
{
    public bool Enabled => true;

    public async Task SendAsync(UserAccount member, Digest digest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(digest);
        var address = member.Email ?? throw new InvalidOperationException($"The user '{member.Id}' has no e-mail address.");
        var host = settings.Host ?? throw new InvalidOperationException($"{SmtpSettings.Section}:Host is not set.");
        var (subject, body) = DigestMails.Compose(digest, settings.SiteUrl);
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(new MailboxAddress(member.Name, address));
        message.Subject = subject;
        message.Headers.Add(HeaderId.ContentLanguage, digest.Language);
        message.Body = new TextPart("plain") { Text = body };
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(host, settings.Port, settings.Security, cancellationToken);
        if (settings.UserName is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
