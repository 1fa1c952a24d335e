namespace Matchmaking.Silo.Http;

/// <summary>
/// HEAD on any resource that answers GET answers as GET does, headers and status alike, without the body (RFC 9110
/// §9.3.2); endpoints map GET only. The request is turned into a GET before routing, so it runs ahead of the
/// whole pipeline (a startup filter); Kestrel still knows the request is a HEAD and sends no body.
/// </summary>
internal sealed class HeadRequests : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
