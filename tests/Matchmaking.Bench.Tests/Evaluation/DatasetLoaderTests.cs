using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Tests.Evaluation;

public sealed class DatasetLoaderTests
{
    [Theory]
    [InlineData("PRC;PRC", "PRC", OrganisationKind.Company)]
    [InlineData(" hes ", "HES", OrganisationKind.Research)]
    [InlineData("REC", "REC", OrganisationKind.Research)]
    [InlineData("PUB", "PUB", OrganisationKind.Public)]
    [InlineData("OTH", "OTH", OrganisationKind.Other)]
    [InlineData("", "", OrganisationKind.Other)]
    [InlineData("XYZ;PRC", "PRC", OrganisationKind.Company)]
    public void Activity_types_are_normalised_to_one_known_code_and_its_kind(string raw, string code, OrganisationKind kind)
    {
        Assert.Equal(code, ActivityType.Normalise(raw));
        Assert.Equal(kind, ActivityType.KindOf(ActivityType.Normalise(raw)));
    }

    [Fact]
    public void Loader_drops_duplicate_and_orphan_rows_and_counts_repairs()
    {
        using var set = new EvalSet()
            .Project("p1", "Title, with comma", "Objective \"quoted\"\nsecond line", keywords: "solar cells; perovskite", topics: "ECSEL-2016-2")
            .Member("p1", "o1", type: "PRC;PRC")
            .Member("p1", "o1", type: "PRC")
            .Member("p1", "o2", type: "")
            .Member("p9", "o3");
        var dataset = CordisDatasetLoader.Load(set.Write().Directory);

        Assert.Equal(Path.GetFileName(set.Directory), dataset.Name);
        var project = Assert.Single(dataset.Projects);
        Assert.Equal("Title, with comma", project.Title);
        Assert.Equal("Objective \"quoted\"\nsecond line", project.Objective);
        Assert.Equal(["solar cells", "perovskite"], project.Keywords);
        Assert.Equal(["ECSEL-2016-2"], project.Topics);
        Assert.Equal(2, dataset.Participations.Count);
        Assert.Equal("PRC", dataset.Participations[0].ActivityType);
        Assert.Equal(new DataIssues(DuplicateParticipationsDropped: 1, ParticipationsWithoutKnownProject: 1, ActivityTypesNormalised: 1, ActivityTypesUnknown: 1), dataset.Issues);
    }

    [Fact]
    public void Loader_reads_the_china_layout_with_org_key_and_objective_first500()
    {
        var directory = Path.Combine(Path.GetTempPath(), "mm-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "projects.csv"), "id,acronym,title,objective_first500,keywords,topics\n7,X,Tyres,Quiet tyres,\"noise, tyre wear\",LC-MG-1\n");
            File.WriteAllText(Path.Combine(directory, "participations.csv"), "projectID,projectAcronym,org_key,name,activityType,country,city\n7,X,TNO|NL,TNO,REC,nl,Den Haag\n");
            var dataset = CordisDatasetLoader.Load(directory);

            Assert.Equal("Quiet tyres", dataset.Projects[0].Objective);
            Assert.Equal(["noise", "tyre wear"], dataset.Projects[0].Keywords);
            var row = Assert.Single(dataset.Participations);
            Assert.Equal("TNO|NL", row.OrganisationId);
            Assert.Equal("NL", row.Country);
            Assert.Equal(string.Empty, row.Role);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Loader_names_a_missing_file_or_column()
    {
        using var set = new EvalSet();
        Assert.Throws<FileNotFoundException>(() => CordisDatasetLoader.Load(set.Directory));

        File.WriteAllText(Path.Combine(set.Directory, "projects.csv"), "id,title\n1,x\n");
        File.WriteAllText(Path.Combine(set.Directory, "participations.csv"), "projectID,organisationID\n1,a\n");
        var error = Assert.Throws<InvalidDataException>(() => CordisDatasetLoader.Load(set.Directory));
        Assert.Contains("objective", error.Message, StringComparison.Ordinal);
    }
}
