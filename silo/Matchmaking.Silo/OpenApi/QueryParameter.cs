namespace Matchmaking.Silo.OpenApi;

/// <summary>
/// A query parameter an endpoint reads itself (from <c>HttpRequest.Query</c>, validated by its query reader), named
/// in the OpenAPI document through <see cref="ApiDescriptions.Query"/>.
/// </summary>
public sealed record QueryParameter(string Name, string Type, string Description, IReadOnlyList<string>? Allowed = null)
{
    public static QueryParameter Text(string name, string description) => new(name, "string", description);

    public static QueryParameter Integer(string name, string description) => new(name, "integer", description);

    public static QueryParameter Boolean(string name, string description) => new(name, "boolean", description);

    public static QueryParameter OneOf(string name, string description, params string[] allowed) => new(name, "string", description, allowed);
}

/// <summary>The query parameters shared by several endpoints.</summary>
public static class QueryParameters
{
    public static readonly QueryParameter Lang = QueryParameter.OneOf("lang", "Language of reasons and texts (default it).", "it", "en");

    public static readonly QueryParameter Theme = QueryParameter.Text("theme", "A theme id (GET /api/themes); its sub-themes count too.");

    public static readonly QueryParameter Province = QueryParameter.Text("province", "A two-letter province code such as CR or BS.");

    public static readonly QueryParameter[] Page =
    [
        QueryParameter.Integer("page", "Page number, from 1 (default 1)."),
        QueryParameter.Integer("pageSize", "Items per page, 1 to 200 (default 20)."),
    ];

    /// <summary>The directory's filters (<c>GET /api/{kinds}</c>, <c>/api/actors</c>).</summary>
    public static readonly QueryParameter[] Directory =
    [
        Theme, Province, QueryParameter.Text("q", "Words every listed actor's name or texts contain (at most 500 characters)."),
        QueryParameter.OneOf("tier", "Only members of this tier at a hub (with hub: at that hub).", "resident-partner", "sponsor", "supporter", "consortium-member", "founding-member", "member"),
        QueryParameter.Text("hub", "Only members of this hub (its id, e.g. csmt)."), .. Page,
    ];

    /// <summary>The filters of suggestions for an actor.</summary>
    public static readonly QueryParameter[] Suggestions =
    [
        QueryParameter.Text("target", "Kinds of partner, comma-separated: company, startup, researcher (default all)."),
        QueryParameter.Integer("top", "How many, 1 to 100 (default 10)."),
        Theme, Province,
        QueryParameter.Boolean("new", "Only actors not accepted or declined yet."),
        Lang,
    ];
}
