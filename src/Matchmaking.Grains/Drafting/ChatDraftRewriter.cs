using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Proposals;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace Matchmaking.Grains.Drafting;

/// <summary>
/// Rewrites drafts through Semantic Kernel's OpenAI chat completion service, pointed at an OpenAI-compatible
/// <c>POST …/v1/chat/completions</c>: the draft, the team and the themes go in as JSON; a JSON object with
/// <c>titleIt</c>, <c>titleEn</c>, <c>objectiveIt</c>, <c>objectiveEn</c> is expected back. Anything else (an error
/// status, a timeout, an answer that is not that object) keeps the deterministic draft and is logged.
/// </summary>
/// <remarks>
/// The OpenAI client is built here rather than by SK so that what bounds a rewrite is explicit: no retries (by default
/// the SDK sends a request that meets a 429, a 5xx or a refused connection four times), no network timeout of its
/// own, only <see cref="DraftingOptions.Timeout"/> through cancellation; and no <c>Authorization</c> header without
/// a key.
/// </remarks>
public sealed partial class ChatDraftRewriter(HttpClient http, DraftingOptions options, ILogger<ChatDraftRewriter> logger) : IDraftRewriter
{
    public const int MaxTitleLength = 200;
    public const int MaxObjectiveLength = 2_000;

    public const string SystemPrompt =
        "You help an innovation coach of an Italian technology hub present project proposals. Rewrite the draft title " +
        "and objective of the proposal you are given in clear, concrete prose, in Italian and in English. Keep to the " +
        "facts given (members, roles, themes, need); do not invent partners, figures or results. Titles at most 120 " +
        "characters, objectives at most 600. Answer with one JSON object and nothing else: " +
        "{\"titleIt\": \"…\", \"titleEn\": \"…\", \"objectiveIt\": \"…\", \"objectiveEn\": \"…\"}.";

    /// <summary>The OpenAI client needs a credential; without a configured key this one is sent nowhere.</summary>
    private const string NoKey = "no-key";

    private static readonly OpenAIPromptExecutionSettings Settings = new() { Temperature = 0.2 };

    private readonly IChatCompletionService chat = ChatService(http, options);

    public async Task<ProposalDraft?> RewriteAsync(DraftContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            var history = new ChatHistory();
            history.AddSystemMessage(SystemPrompt);
            history.AddUserMessage(UserMessage(context));
            var answer = await chat.GetChatMessageContentAsync(history, Settings, kernel: null, timeout.Token);
            var draft = Parse(answer.Content);
            if (draft is null)
            {
                LogFailed(logger, "the answer is not the expected JSON object");
            }

            return draft;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, $"no answer within {options.Timeout.TotalSeconds:0.#} s");
            return null;
        }
        catch (HttpOperationException e)
        {
            LogFailed(logger, e.StatusCode is { } status ? $"status {(int)status}" : e.Message);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Broad on purpose: besides HTTP and JSON errors, the SDK and SK throw what they meet in a body that is not
            // a chat completion (ArgumentOutOfRangeException on "choices": [], AggregateException from a retry loop),
            // and the rewrite is optional: none of it may fail the proposal.
            LogFailed(logger, e.Message);
            return null;
        }
    }

    /// <summary>The user message: the proposal (need, themes, members, draft) as JSON.</summary>
    public static string UserMessage(DraftContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new JsonObject
        {
            ["lang"] = context.Lang,
            ["need"] = context.Need,
            ["themes"] = new JsonArray([.. context.Themes.Select(t => (JsonNode)t)]),
            ["members"] = new JsonArray([.. context.Members.Select(m => (JsonNode)new JsonObject
            {
                ["name"] = m.Name,
                ["kind"] = m.Kind.ToString().ToLowerInvariant(),
                ["role"] = m.Role,
            })]),
            ["draft"] = new JsonObject
            {
                ["titleIt"] = context.Draft.TitleIt,
                ["titleEn"] = context.Draft.TitleEn,
                ["objectiveIt"] = context.Draft.ObjectiveIt,
                ["objectiveEn"] = context.Draft.ObjectiveEn,
            },
        }.ToJsonString();
    }

    /// <summary>The rewritten draft in a model's message (a JSON object, perhaps in a code fence), or null.</summary>
    public static ProposalDraft? Parse(string? content)
    {
        if (content is null)
        {
            return null;
        }

        var start = content.IndexOf('{', StringComparison.Ordinal);
        var end = content.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(content[start..(end + 1)]) is not JsonObject json)
            {
                return null;
            }

            var titleIt = Field(json, "titleIt", MaxTitleLength);
            var titleEn = Field(json, "titleEn", MaxTitleLength);
            var objectiveIt = Field(json, "objectiveIt", MaxObjectiveLength);
            var objectiveEn = Field(json, "objectiveEn", MaxObjectiveLength);
            return titleIt is null || titleEn is null || objectiveIt is null || objectiveEn is null
                ? null
                : new ProposalDraft(titleIt, titleEn, objectiveIt, objectiveEn, ProposalDraft.ModelSource);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// SK's chat completion service over an OpenAI client whose base address is the completions address less
    /// <c>/chat/completions</c> (the SDK appends it), sending through <paramref name="http"/>.
    /// </summary>
    private static OpenAIChatCompletionService ChatService(HttpClient http, DraftingOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        var completions = options.CompletionsUri().GetLeftPart(UriPartial.Path);
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(completions[..^"/chat/completions".Length]),
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        var hasKey = !string.IsNullOrWhiteSpace(options.ApiKey);
        if (!hasKey)
        {
            clientOptions.AddPolicy(new NoAuthorizationPolicy(), PipelinePosition.BeforeTransport);
        }

        var client = new OpenAIClient(new ApiKeyCredential(hasKey ? options.ApiKey!.Trim() : NoKey), clientOptions);
        return new OpenAIChatCompletionService(options.Model!, client);
    }

    private static string? Field(JsonObject json, string name, int max) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= max
            ? text.Trim()
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drafting: the chat endpoint did not rewrite the draft ({Problem}); keeping the engine's draft")]
    private static partial void LogFailed(ILogger logger, string problem);

    /// <summary>Takes the placeholder credential's header off a request to an endpoint configured without a key.</summary>
    private sealed class NoAuthorizationPolicy : PipelinePolicy
    {
        public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            ArgumentNullException.ThrowIfNull(message);
            message.Request.Headers.Remove("Authorization");
            ProcessNext(message, pipeline, currentIndex);
        }

        public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            ArgumentNullException.ThrowIfNull(message);
            message.Request.Headers.Remove("Authorization");
            return ProcessNextAsync(message, pipeline, currentIndex);
        }
    }
}
