namespace Matchmaking.Silo.Pages;

/// <summary><c>/status/{code}</c>: the page shown (re-executed) for a 4xx/5xx answer to a page request.</summary>
public sealed class StatusModel : SitePage
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;
}
