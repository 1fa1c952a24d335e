using System.Globalization;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Silo.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Silo.Pages;

/// <summary>
/// <c>/{kinds}/{id}/edit</c>: the profile's edit form, for the actor's own member and the administrators. The
/// form is written over the stored document and saved through the same catalog and rules as
/// <c>PUT /api/{kinds}/{id}</c>; a field that breaks a rule is shown next to its input and nothing is saved.
/// </summary>
public sealed class ActorEditModel(SiteData data, ProfileCatalog catalog) : SitePage
{
    public SiteData Data => data;

    public ActorPage Actor { get; private set; } = null!;

    [BindProperty]
    public ProfileForm Form { get; set; } = new();

    /// <summary>Field errors by form field (<c>name</c>, <c>themes</c>, <c>location.province</c>, …).</summary>
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    public string? Failure { get; private set; }

    /// <summary>
    /// The picker's choices in the page's language: each broad theme followed by its narrower ones ("— " before
    /// them), alphabetical at each level; then any id the profile holds that the taxonomy no longer knows, as is.
    /// </summary>
    public IReadOnlyList<(string Id, string Text)> ThemeChoices
    {
        get
        {
            var all = data.Taxonomy.All;
            var byLabel = StringComparer.InvariantCultureIgnoreCase; // the silo runs globalization-invariant: no Italian collation
            var choices = new List<(string, string)>();
            foreach (var root in all.Where(th => th.Parent is null).OrderBy(T.ThemeLabel, byLabel))
            {
                choices.Add((root.Id, T.ThemeLabel(root)));
                choices.AddRange(all.Where(th => th.Parent == root.Id).OrderBy(T.ThemeLabel, byLabel).Select(th => (th.Id, "— " + T.ThemeLabel(th))));
            }

            var known = choices.Select(c => c.Item1).ToHashSet(StringComparer.Ordinal);
            choices.AddRange(all.Where(th => !known.Contains(th.Id)).Select(th => (th.Id, T.ThemeLabel(th))));
            choices.AddRange(Form.Themes.Where(id => !data.Taxonomy.TryGet(id, out _)).Select(id => (id, id)));
            return choices;
        }
    }

    public async Task<IActionResult> OnGetAsync(string kinds, string id)
    {
        if (await AuthorizeAsync(kinds, id) is { } denied)
        {
            return denied;
        }

        Form = ProfileForm.From(Actor);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kinds, string id)
    {
        if (await AuthorizeAsync(kinds, id) is { } denied)
        {
            return denied;
        }

        var document = await catalog.GetAsync(Actor.Actor.Kind, Actor.Actor.Id);
        if (document is null)
        {
            return PageNotFound();
        }

        Form.WriteTo(document, Actor.Actor.Kind, (field, message) => Add(field, message), T);
        if (Errors.Count == 0)
        {
            try
            {
                await catalog.PutAsync(Actor.Actor.Kind, Actor.Actor.Id, document, Form.Version);
                return Redirect(PageLinks.Actor(Actor.Actor) + "?done=saved");
            }
            catch (ValidationFailedException invalid)
            {
                foreach (var (path, messages) in invalid.Errors)
                {
                    foreach (var message in messages)
                    {
                        Add(FieldOf(path), message);
                    }
                }
            }
            catch (VersionConflictException)
            {
                Failure = T.Conflict;
            }
        }

        Failure ??= T.NotSaved;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private void Add(string field, string message)
    {
        if (!Errors.TryGetValue(field, out var messages))
        {
            Errors[field] = messages = [];
        }

        messages.Add(message);
    }

    // themes[2] → themes; location.province stays; memberships[0].role → memberships.
    private static string FieldOf(string path)
    {
        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        return bracket >= 0 ? path[..bracket] : path;
    }

    private async Task<IActionResult?> AuthorizeAsync(string kinds, string id)
    {
        if (Viewer.IsAnonymous)
        {
            return Challenge();
        }

        if (!ActorKinds.TryParse(kinds, out var kind) || await data.GetVisibleActorAsync(new ActorRef(kind, id), Viewer) is not { } actor)
        {
            return PageNotFound();
        }

        Actor = actor;
        return Viewer.CanEdit(actor.Actor) ? null : PageForbidden();
    }
}

/// <summary>The edit form's fields as the browser sends them: lists one item per line (themes comma-separated), numbers as text.</summary>
public sealed class ProfileForm
{
    public string? Version { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The theme ids ticked in the picker (a posted value may also list several, separated by commas).</summary>
    public List<string> Themes { get; set; } = [];

    public string? Offers { get; set; }

    public string? Needs { get; set; }

    public string? Municipality { get; set; }

    public string? Province { get; set; }

    public string? Region { get; set; }

    public string? Country { get; set; }

    public string? Website { get; set; }

    public string? Visibility { get; set; }

    public bool Paused { get; set; }

    public string? SectorCode { get; set; }

    public string? Employees { get; set; }

    public string? Stage { get; set; }

    public string? FoundingYear { get; set; }

    public string? TeamSize { get; set; }

    public string? Technology { get; set; }

    public List<string> Seeks { get; set; } = [];

    public string? Affiliation { get; set; }

    public string? Department { get; set; }

    public string? Lab { get; set; }

    public string? Position { get; set; }

    public string? Availability { get; set; }

    public string? Keywords { get; set; }

    public static ProfileForm From(ActorPage actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var p = actor.Profile;
        var form = new ProfileForm
        {
            Version = actor.Version,
            Name = p.Name,
            Description = p.Description,
            Themes = [.. p.Themes],
            Offers = string.Join('\n', p.Offers),
            Needs = string.Join('\n', p.Needs),
            Municipality = p.Location.Municipality,
            Province = p.Location.Province,
            Region = p.Location.Region,
            Country = p.Location.Country,
            Website = p.Website,
            Visibility = p.Visibility.ToString().ToLowerInvariant(),
            Paused = p.Paused,
        };
        switch (p)
        {
            case CompanyProfile c:
                form.SectorCode = c.SectorCode;
                form.Employees = Number(c.Employees);
                break;
            case StartupProfile s:
                form.Stage = s.Stage;
                form.FoundingYear = Number(s.FoundingYear);
                form.TeamSize = Number(s.TeamSize);
                form.Technology = s.Technology;
                form.Seeks = [.. s.Seeks];
                break;
            case ResearcherProfile r:
                form.Affiliation = r.Affiliation;
                form.Department = r.Department;
                form.Lab = r.Lab;
                form.Position = r.Position;
                form.Availability = r.Availability;
                form.Keywords = string.Join('\n', r.Keywords);
                break;
        }

        return form;
    }

    /// <summary>Writes the form over <paramref name="document"/>; what cannot even be read (a number that is not one) goes to <paramref name="error"/>.</summary>
    public void WriteTo(JsonObject document, ActorKind kind, Action<string, string> error, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(texts);
        document["name"] = Name ?? "";
        document["description"] = Blank(Description);
        // The themes still ticked keep the profile's order; newly ticked ones follow in the picker's order.
        var ticked = Themes.SelectMany(t => (t ?? "").Split([',', '\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        var stored = (document["themes"] as JsonArray)?.Select(t => t?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)t : null).OfType<string>() ?? [];
        document["themes"] = Array(stored.Where(ticked.Contains).Concat(ticked).Distinct(StringComparer.Ordinal));
        document["offers"] = Array(Lines(Offers));
        document["needs"] = Array(Lines(Needs));
        document["location"] = new JsonObject
        {
            ["municipality"] = Blank(Municipality),
            ["province"] = Blank(Province),
            ["region"] = Blank(Region),
            ["country"] = Blank(Country),
        };
        document["website"] = Blank(Website);
        document["visibility"] = Visibility is "members" or "hidden" ? Visibility : "public";
        document["paused"] = Paused;
        switch (kind)
        {
            case ActorKind.Company:
                document["sectorCode"] = Blank(SectorCode);
                document["employees"] = Int("employees", Employees, error, texts);
                break;
            case ActorKind.Startup:
                document["stage"] = Blank(Stage);
                document["foundingYear"] = Int("foundingYear", FoundingYear, error, texts);
                document["teamSize"] = Int("teamSize", TeamSize, error, texts);
                document["technology"] = Blank(Technology);
                document["seeks"] = Array(Seeks.Where(s => !string.IsNullOrWhiteSpace(s)));
                break;
            case ActorKind.Researcher:
                document["affiliation"] = Blank(Affiliation);
                document["department"] = Blank(Department);
                document["lab"] = Blank(Lab);
                document["position"] = Blank(Position);
                document["availability"] = Blank(Availability);
                document["keywords"] = Array(Lines(Keywords));
                break;
        }
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IEnumerable<string> Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static JsonArray Array(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)JsonValue.Create(i))]);

    private static JsonNode? Int(string field, string? text, Action<string, string> error, Texts texts)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        error(field, texts.NotANumber);
        return null;
    }
}
