using Orleans.Dashboard;

namespace Matchmaking.Silo.Hosting;

/// <summary>
/// Orleans' dashboard for admins (grains, silos, calls), off unless <c>Dashboard__Enabled=true</c>; served at
/// <see cref="Path"/> behind the admin policy. A front end shows it too, from the silos' figures.
/// </summary>
public static class OrleansDashboard
{
    public const string EnabledSetting = "Dashboard:Enabled";

    public const string Path = "/admin/orleans";

    public static bool Enabled(IConfiguration configuration) => configuration.GetValue<bool>(EnabledSetting);

    internal static void AddTo(ISiloBuilder silo, IConfiguration configuration)
    {
        if (Enabled(configuration))
        {
            silo.AddDashboard();
        }
    }

    internal static void AddTo(IClientBuilder client, IConfiguration configuration)
    {
        if (Enabled(configuration))
        {
            client.AddDashboard();
        }
    }

    /// <summary>Maps the dashboard when it is enabled, for admins only.</summary>
    public static WebApplication MapOrleansDashboardForAdmins(this WebApplication app)
    {
        if (Enabled(app.Configuration))
        {
            app.MapOrleansDashboard(Path).RequireAuthorization(Auth.Policies.Admin);
        }

        return app;
    }
}
