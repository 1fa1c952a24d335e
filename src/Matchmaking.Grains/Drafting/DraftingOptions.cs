namespace Matchmaking.Grains.Drafting;

/// <summary>
/// The optional connector to an OpenAI-compatible chat endpoint that rewrites proposal drafts (configuration
/// section <c>Drafting</c>). Off unless both <see cref="Endpoint"/> and <see cref="Model"/> are set.
/// </summary>
public sealed class DraftingOptions
{
    public const string Section = "Drafting";

    /// <summary>
    /// The endpoint's base address, e.g. <c>http://127.0.0.1:8080/v1</c> or <c>https://api.openai.com/v1</c>
    /// (<c>/chat/completions</c> is appended; a full <c>…/chat/completions</c> address is used as is).
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The model name sent with each request.</summary>
    public string? Model { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c> when set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one rewrite may take before the deterministic draft is kept.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);

    /// <summary>The chat completions address.</summary>
    public Uri CompletionsUri()
    {
        var text = (Endpoint ?? throw new InvalidOperationException("Drafting:Endpoint is not set.")).Trim().TrimEnd('/');
        if (!text.EndsWith("/chat/completions", StringComparison.OrdinalIgnoreCase))
        {
            text += text.EndsWith("/v1", StringComparison.OrdinalIgnoreCase) ? "/chat/completions" : "/v1/chat/completions";
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new InvalidOperationException($"Drafting:Endpoint '{Endpoint}' is not an http(s) address.");
    }
}
