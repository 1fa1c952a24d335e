using Matchmaking.Abstractions.Access;
using Matchmaking.Abstractions.Digests;

namespace Matchmaking.Grains.Digests;

/// <summary>Sends a member its digest by e-mail (the silo's SMTP sender when configured; else none is sent).</summary>
public interface IDigestMailer
{
    /// <summary>False when no mail server is configured: digests are issued, not sent.</summary>
    bool Enabled { get; }

    Task SendAsync(UserAccount member, Digest digest, CancellationToken cancellationToken = default);
}

/// <summary>No mail server: digests are issued (remembered) and read on the page, the API or the Atom feed.</summary>
public sealed class NoDigestMailer : IDigestMailer
{
    public bool Enabled => false;

    public Task SendAsync(UserAccount member, Digest digest, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
