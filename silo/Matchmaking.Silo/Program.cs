using Matchmaking.Silo.Apis;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Hosting;
using Matchmaking.Silo.Pages;

// Settings files live beside the silo's binaries, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddSiloServices();
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
app.MapCoachesApi();
app.MapProposalsApi();
app.MapOperationsApi();
app.MapAccessApi();
app.MapOrleansDashboardForAdmins();
app.MapWebPages();
app.Run();
