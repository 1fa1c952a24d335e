namespace Matchmaking.Silo.Hosting;

/// <summary>A setting the process cannot start with; the message names it and says what is accepted.</summary>
public sealed class SettingsException(string message) : InvalidOperationException(message);
