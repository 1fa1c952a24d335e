using Matchmaking.Abstractions.Profiles;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;

namespace Matchmaking.Silo.Pages;

/// <summary>Addresses the pages build: the same page in another language, a safe return address.</summary>
public static class PageLinks
{
    /// <summary>This page's path and query with <c>lang</c> set to <paramref name="language"/>.</summary>
    public static string WithLanguage(HttpRequest request, string language)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryBuilder();
        foreach (var (key, values) in request.Query)
        {
            if (!string.Equals(key, "lang", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var value in values)
                {
                    query.Add(key, value ?? "");
                }
            }
        }

        query.Add("lang", language);
        return (request.PathBase + request.Path).ToString() is { Length: > 0 } path ? path + query : "/" + query;
    }

    /// <summary>The request's own path and query (for a return address after signing in).</summary>
    public static string LocalPathAndQuery(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (request.PathBase + request.Path).ToString() + request.QueryString;
    }

    /// <summary>A return address that stays on this site: a local path, else <c>/</c>.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";

    /// <summary>A query string of the given non-empty values.</summary>
    public static string Query(params (string Key, string? Value)[] values)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in values)
        {
            if (!StringValues.IsNullOrEmpty(value))
            {
                query.Add(key, value!);
            }
        }

        return query.ToString();
    }

    /// <summary>The page of an actor: <c>/companies/{id}</c>, <c>/startups/{id}</c>, <c>/researchers/{id}</c>.</summary>
    public static string Actor(ActorKind kind, string id) => $"/{kind.Plural()}/{Uri.EscapeDataString(id)}";

    public static string Actor(ActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Actor(actor.Kind, actor.Id);
    }

    public static string Theme(string id) => $"/themes/{Uri.EscapeDataString(id)}";
}
