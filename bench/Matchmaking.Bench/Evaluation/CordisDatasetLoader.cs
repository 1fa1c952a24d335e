namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// Loads the common layout of the CORDIS evaluation sets: <c>projects.csv</c> and <c>participations.csv</c> in one folder.
/// </summary>
public static class CordisDatasetLoader
{
    private static readonly char[] PhraseSeparators = [',', ';', '|'];

    /// <summary>
    /// Reads <c>projects.csv</c> (id, title, objective or objective_first500, and optionally keywords, euroSciVoc,
    /// topics, startDate) and <c>participations.csv</c> (projectID, organisationID or org_key, name, activityType,
    /// country, city, optionally role). Repeated (project, organisation) rows are dropped (the first is kept), rows of
    /// unknown projects are dropped, activity types are normalised; <see cref="EvaluationDataset.Issues"/> counts each.
    /// </summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    /// <exception cref="InvalidDataException">A required column is missing.</exception>
    public static EvaluationDataset Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var projectsPath = Path.Combine(directory, "projects.csv");
        var participationsPath = Path.Combine(directory, "participations.csv");
        foreach (var path in new[] { projectsPath, participationsPath })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The evaluation set needs {Path.GetFileName(path)} in {directory}.", path);
            }
        }

        var projects = ReadProjects(CsvTable.Read(projectsPath));
        var name = new DirectoryInfo(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))).Name;
        return ReadParticipations(name, projects, CsvTable.Read(participationsPath));
    }

    private static List<EvalProject> ReadProjects(CsvTable table)
    {
        var id = Required(table, "projects.csv", "id");
        var title = Required(table, "projects.csv", "title");
        var objective = Required(table, "projects.csv", "objective", "objective_first500");
        var keywords = table.ColumnIndex("keywords");
        var sciVoc = table.ColumnIndex("euroSciVoc");
        var topics = table.ColumnIndex("topics");
        var start = table.ColumnIndex("startDate");

        var projects = new List<EvalProject>(table.Rows.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var projectId = CsvTable.Value(row, id);
            if (projectId.Length == 0 || !seen.Add(projectId))
            {
                continue;
            }

            var phrases = Phrases(CsvTable.Value(row, keywords)).Concat(Phrases(CsvTable.Value(row, sciVoc)))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToArray();
            projects.Add(new EvalProject(
                projectId,
                CsvTable.Value(row, title),
                CsvTable.Value(row, objective),
                phrases,
                Phrases(CsvTable.Value(row, topics)).ToArray(),
                CsvTable.Value(row, start)));
        }

        return projects;
    }

    private static EvaluationDataset ReadParticipations(string name, List<EvalProject> projects, CsvTable table)
    {
        const string FileName = "participations.csv";
        var project = Required(table, FileName, "projectID");
        var organisation = Required(table, FileName, "organisationID", "org_key", "pic");
        var orgName = table.ColumnIndex("name");
        var activity = table.ColumnIndex("activityType");
        var country = table.ColumnIndex("country");
        var city = table.ColumnIndex("city");
        var role = table.ColumnIndex("role");

        var projectIds = projects.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var pairs = new HashSet<(string, string)>();
        var participations = new List<Participation>(table.Rows.Count);
        int duplicates = 0, orphans = 0, normalised = 0, unknown = 0;
        foreach (var row in table.Rows)
        {
            var projectId = CsvTable.Value(row, project);
            var organisationId = CsvTable.Value(row, organisation);
            if (organisationId.Length == 0 || !projectIds.Contains(projectId))
            {
                orphans++;
                continue;
            }

            if (!pairs.Add((projectId, organisationId)))
            {
                duplicates++;
                continue;
            }

            var rawType = CsvTable.Value(row, activity);
            var type = ActivityType.Normalise(rawType);
            if (type.Length == 0)
            {
                unknown++;
            }
            else if (!string.Equals(type, rawType, StringComparison.Ordinal))
            {
                normalised++;
            }

            participations.Add(new Participation(
                projectId,
                organisationId,
                CsvTable.Value(row, orgName),
                type,
                CsvTable.Value(row, country).ToUpperInvariant(),
                CsvTable.Value(row, city),
                CsvTable.Value(row, role)));
        }

        return new EvaluationDataset(name, projects, participations, new DataIssues(duplicates, orphans, normalised, unknown));
    }

    private static IEnumerable<string> Phrases(string value) =>
        value.Split(PhraseSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Required(CsvTable table, string file, params string[] names)
    {
        var index = table.ColumnIndex(names);
        return index >= 0
            ? index
            : throw new InvalidDataException($"{file} has no column {string.Join(" or ", names)}.");
    }
}
