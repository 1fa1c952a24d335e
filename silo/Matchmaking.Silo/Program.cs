using Matchmaking.Silo.Apis;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Hosting;
using Matchmaking.Silo.Pages;

// Settings files live beside the silo's binaries, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
try
{
    builder.AddSiloServices();
}
catch (SettingsException problem)
{
    // A setting it cannot start with: one line that names it, and a non-zero exit.
    Console.Error.WriteLine($"matchmaking: {problem.Message}");
    return 2;
}

builder.AddWebPages();

var app = builder.Build();
app.UseSiloPipeline();
app.UseWebPages();
app.MapProfilesApi();
app.MapSuggestionsApi();
app.MapFeedbackApi();
app.MapImportApi();
app.MapThemeGapsApi();
app.MapThemesApi();
app.MapCallsApi();
app.MapEventsApi();
app.MapSpacesApi();
app.MapVoucherProgrammesApi();
app.MapFreshnessApi();
app.MapDigestsApi();
app.MapCoachesApi();
app.MapProposalsApi();
app.MapOperationsApi();
app.MapAccessApi();
app.MapOrleansDashboardForAdmins();
app.MapWebPages();
app.Run();
return 0;
