using Matchmaking.Abstractions.Profiles;
using Matchmaking.Cli.Import;

namespace Matchmaking.Cli.Tests.Import;

public sealed class JsonProfileReaderTests
{
    private static IReadOnlyList<ImportRow> Read(string json, ActorKind? defaultKind = null)
        => JsonProfileReader.Read(new StringReader(json), defaultKind);

    [Fact]
    public void The_items_shape_that_export_writes_is_read_as_is()
    {
        var rows = Read("""
            {"items":[
              {"id":"acme","kind":"company","version":"3","name":"Acme","employees":12,"location":{"municipality":"Cremona"}},
              {"id":"rossi","kind":"researchers","name":"Maria Rossi"}
            ]}
            """);

        Assert.Equal([1, 2], rows.Select(r => r.Number));
        Assert.All(rows, r => Assert.True(r.IsValid));
        Assert.Equal(12, rows[0].Document!["employees"]!.GetValue<int>());
        Assert.Equal("researcher", rows[1].Document!["kind"]!.GetValue<string>());
    }

    [Fact]
    public void A_plain_array_takes_the_default_kind_for_items_without_one()
    {
        var rows = Read("""[{"id":"nova","name":"Nova"},{"id":"acme","kind":"company","name":"Acme"}]""", ActorKind.Startup);

        Assert.Equal(["startup", "company"], rows.Select(r => r.Kind));
    }

    [Fact]
    public void Without_a_default_kind_an_item_without_kind_fails_alone()
    {
        var rows = Read("""[{"id":"nova","name":"Nova"},{"id":"acme","kind":"company","name":"Acme"}]""");

        Assert.Contains("kind", rows[0].Errors.Keys);
        Assert.True(rows[1].IsValid);
    }

    [Fact]
    public void The_demo_shape_gives_kinds_by_section_and_numbers_rows_through_the_file()
    {
        var rows = Read("""
            {"companies":[{"id":"acme","name":"Acme"},{"id":"beta","name":"Beta"}],
             "startups":[{"id":"nova","name":"Nova","kind":"company"}],
             "researchers":[{"id":"rossi","name":"Università Rossi"}, 42]}
            """);

        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.Number));
        Assert.Equal(["company", "company", "startup", "researcher"], rows.Take(4).Select(r => r.Kind));
        Assert.Contains("startups section", rows[2].Errors["kind"][0], StringComparison.Ordinal);
        Assert.Equal("researcher", rows[3].Document!["kind"]!.GetValue<string>());
        Assert.Equal(["is not a JSON object"], rows[4].Errors["item"]);
    }

    [Fact]
    public void A_missing_id_fails_the_row()
    {
        var rows = Read("""{"items":[{"kind":"company","name":"Anon"}]}""");
        Assert.Equal(["missing"], rows[0].Errors["id"]);
    }

    [Theory]
    [InlineData("""{"items":[""")]
    [InlineData("""{"widgets":[]}""")]
    [InlineData("""{"items":[],"extra":1}""")]
    [InlineData("42")]
    public void A_file_of_another_shape_fails_as_a_whole(string json)
        => Assert.Throws<ImportFileException>(() => Read(json));
}
