using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Cli.Import;

namespace Matchmaking.Cli.Tests.Import;

public sealed class CsvProfileReaderTests
{
    private static IReadOnlyList<ImportRow> Read(string csv, ActorKind? defaultKind = null)
        => CsvProfileReader.Read(new StringReader(csv), defaultKind);

    [Fact]
    public void A_company_row_becomes_a_document_with_lists_numbers_booleans_and_a_location()
    {
        var rows = Read("""
            id,kind,name,themes,offers,needs,municipality,province,region,country,employees,isSme,sectorCode
            acme,company,Acme S.r.l.,cloud;iot,fresatura | tornitura,,Brescia,BS,Lombardia,IT,120,sì,25.62
            """);

        var row = Assert.Single(rows);
        Assert.True(row.IsValid);
        Assert.Equal(2, row.Number);
        var expected = JsonNode.Parse("""
            {"id":"acme","kind":"company","name":"Acme S.r.l.","themes":["cloud","iot"],"offers":["fresatura","tornitura"],
             "location":{"municipality":"Brescia","province":"BS","region":"Lombardia","country":"IT"},
             "employees":120,"isSme":true,"sectorCode":"25.62"}
            """);
        Assert.True(JsonNode.DeepEquals(expected, row.Document), row.Document!.ToJsonString());
    }

    [Fact]
    public void Quoted_commas_newlines_and_italian_accents_survive()
    {
        var rows = Read("""
            id,kind,name,description,municipality,affiliation,languages
            rossi,researcher,"Prof.ssa Maria Rossi","Visione artificiale, robotica
            e manutenzione predittiva: perché no?",Forlì,Università degli Studi di Brescia,it|en
            bianchi,researcher,Luca Bianchi,,Cantù,Politecnico di Milano,
            """);

        Assert.Equal([2, 4], rows.Select(r => r.Number));
        var rossi = rows[0].Document!;
        Assert.Equal("Visione artificiale, robotica\ne manutenzione predittiva: perché no?", rossi["description"]!.GetValue<string>().ReplaceLineEndings("\n"));
        Assert.Equal("Forlì", rossi["location"]!["municipality"]!.GetValue<string>());
        Assert.Equal("Università degli Studi di Brescia", rossi["affiliation"]!.GetValue<string>());
        Assert.Equal(["it", "en"], rossi["languages"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("Cantù", rows[1].Document!["location"]!["municipality"]!.GetValue<string>());
        Assert.False(rows[1].Document!.ContainsKey("description"));
    }

    [Fact]
    public void A_cell_that_does_not_parse_fails_only_its_row_with_the_line_it_is_on()
    {
        var rows = Read("""
            id,kind,name,description,employees,isSme,foundingYear
            good-one,company,Good,"two
            lines",10,no,
            bad-count,company,Bad,,many,yes,
            bad-flag,company,Worse,,5,maybe,
            young,startup,Young,,,,20x4
            good-two,company,Good Two,,7,1,
            """);

        Assert.Equal([2, 4, 5, 6, 7], rows.Select(r => r.Number));
        Assert.True(rows[0].IsValid);
        Assert.Equal(["'many' is not a whole number"], rows[1].Errors["employees"]);
        Assert.Equal("bad-count", rows[1].Id);
        Assert.Contains("not true or false", rows[2].Errors["isSme"][0], StringComparison.Ordinal);
        Assert.Contains("foundingYear", rows[3].Errors.Keys);
        Assert.True(rows[4].IsValid);
        Assert.True(rows[4].Document!["isSme"]!.GetValue<bool>());
    }

    [Fact]
    public void Unknown_columns_fail_the_whole_file_naming_every_one()
    {
        var e = Assert.Throws<ImportFileException>(() => Read("id,kind,name,fatturato,colore\nacme,company,Acme,1,red\n"));
        Assert.Contains("'fatturato'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'colore'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_kind_column_the_default_kind_is_used_and_without_one_the_file_fails()
    {
        var rows = Read("id,name,stage\nnova,Nova,mvp\n", ActorKind.Startup);
        Assert.Equal("startup", rows[0].Document!["kind"]!.GetValue<string>());
        Assert.Equal("mvp", rows[0].Document!["stage"]!.GetValue<string>());

        Assert.Throws<ImportFileException>(() => Read("id,name\nnova,Nova\n"));
    }

    [Fact]
    public void Plural_kinds_are_read_and_an_empty_kind_cell_without_default_fails_the_row()
    {
        var rows = Read("id,kind,name\nnova,startups,Nova\nwho,,Nobody\nodd,widget,Odd\n");

        Assert.Equal("startup", rows[0].Kind);
        Assert.Contains("missing", rows[1].Errors["kind"][0], StringComparison.Ordinal);
        Assert.Contains("'widget'", rows[2].Errors["kind"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_filled_cell_of_another_kinds_field_fails_the_row()
    {
        var rows = Read("id,kind,name,stage,employees\nacme,company,Acme,mvp,\nnova,startup,Nova,mvp,\n");

        Assert.Equal(["is a field of a startup, not of a company"], rows[0].Errors["stage"]);
        Assert.True(rows[1].IsValid);
    }

    [Fact]
    public void A_missing_id_fails_the_row()
    {
        var rows = Read("id,kind,name\n,company,Nameless\n");
        Assert.Equal(["missing"], rows[0].Errors["id"]);
    }

    [Fact]
    public void Semicolon_separated_files_read_lists_split_by_bars()
    {
        var rows = Read("id;kind;name;themes\nacme;company;Acme;cloud|iot\n");
        Assert.Equal(["cloud", "iot"], rows[0].Document!["themes"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Blank_lines_do_not_shift_row_numbers()
    {
        var rows = Read("id,kind,name\n\nacme,company,Acme\n\nbeta,company,Beta\n");
        Assert.Equal([3, 5], rows.Select(r => r.Number));
    }

    [Fact]
    public void Header_names_match_case_insensitively_and_a_duplicate_fails_the_file()
    {
        var rows = Read("ID,Kind,Name,SectorCode\nacme,company,Acme,C25\n");
        Assert.Equal("C25", rows[0].Document!["sectorCode"]!.GetValue<string>());

        Assert.Throws<ImportFileException>(() => Read("id,kind,name,Name\nacme,company,Acme,Acme\n"));
    }
}
