using Matchmaking.Abstractions.Profiles;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;

namespace Matchmaking.Silo.Pages;

/// <summary><c>/directory</c>: actors searched and filtered by kind, theme, province, membership tier and hub, and text.</summary>
public sealed class DirectoryModel(SiteData data) : SitePage
{
    public const int PageSize = 25;

    public SiteData Data => data;

    public Page<ActorSummary> Result { get; private set; } = new([], 0);

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Q => Request.Query["q"].ToString() is { Length: > 0 } q ? q : null;

    public string? Kind => Request.Query["kind"].ToString() is { Length: > 0 } k ? k : null;

    public string? ThemeId => Request.Query["theme"].ToString() is { Length: > 0 } theme ? theme : null;

    public string? Province => Request.Query["province"].ToString() is { Length: > 0 } p ? p : null;

    public string? Tier => Request.Query["tier"].ToString() is { Length: > 0 } tier ? tier : null;

    public string? Hub => Request.Query["hub"].ToString() is { Length: > 0 } hub ? hub : null;

    public int PageNumber { get; private set; } = 1;

    public void OnGet()
    {
        var (query, errors) = ListQueries.Read(Request.Query, data.Taxonomy);
        Errors = errors;
        if (query is null)
        {
            return;
        }

        // Only what the viewer may see, before paging: totals never count hidden profiles.
        PageNumber = query.Page;
        Result = data.Directory.Query(query with { PageSize = PageSize, Visible = Viewer.Filter() });
    }

    /// <summary>This search on another page.</summary>
    public string PageLink(int page) => "/directory" + PageLinks.Query(("q", Q), ("kind", Kind), ("theme", ThemeId), ("province", Province), ("tier", Tier), ("hub", Hub), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
