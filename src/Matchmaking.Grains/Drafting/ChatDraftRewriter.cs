using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Proposals;
using Microsoft.Extensions.Logging;

namespace Matchmaking.Grains.Drafting;

/// <summary>
/// Rewrites drafts through an OpenAI-compatible <c>POST …/v1/chat/completions</c>: the draft, the team and the
/// themes go in as JSON; a JSON object with <c>titleIt</c>, <c>titleEn</c>, <c>objectiveIt</c>, <c>objectiveEn</c>
/// is expected back. Anything else (an error status, a timeout, an answer that is not that object) keeps the
/// deterministic draft and is logged.
/// </summary>
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

    public async Task<ProposalDraft?> RewriteAsync(DraftContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, options.CompletionsUri()) { Content = JsonContent.Create(Body(context)) };
            if (!string.IsNullOrWhiteSpace(options.ApiKey))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
            }

            using var response = await http.SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                LogFailed(logger, $"status {(int)response.StatusCode}");
                return null;
            }

            var answer = await response.Content.ReadFromJsonAsync<JsonObject>(timeout.Token);
            var draft = Parse(answer?["choices"]?[0]?["message"]?["content"]?.GetValue<string>());
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
        catch (Exception e) when (e is HttpRequestException or JsonException or InvalidOperationException or FormatException)
        {
            LogFailed(logger, e.Message);
            return null;
        }
    }

    /// <summary>The request body: model, a system message and the proposal as JSON in a user message.</summary>
    public JsonObject Body(DraftContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var proposal = new JsonObject
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
        };
        return new JsonObject
        {
            ["model"] = options.Model,
            ["temperature"] = 0.2,
            ["messages"] = new JsonArray(
                new JsonObject { ["role"] = "system", ["content"] = SystemPrompt },
                new JsonObject { ["role"] = "user", ["content"] = proposal.ToJsonString() }),
        };
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

    private static string? Field(JsonObject json, string name, int max) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= max
            ? text.Trim()
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drafting: the chat endpoint did not rewrite the draft ({Problem}); keeping the engine's draft")]
    private static partial void LogFailed(ILogger logger, string problem);
}
