namespace Matchmaking.Silo.Hosting;

/// <summary><c>Digests:Every</c>: how often every member's digest is issued (and mailed), default a week, at least a minute.</summary>
public sealed class DigestSettings
{
    public const string Section = "Digests";

    public TimeSpan Every { get; set; } = TimeSpan.FromDays(7);

    /// <summary>These settings; throws <see cref="SettingsException"/> for a period under a minute.</summary>
    public DigestSettings Checked() =>
        Every >= TimeSpan.FromMinutes(1) ? this : throw new SettingsException($"{Section}:Every must be at least a minute ({Every}).");
}
