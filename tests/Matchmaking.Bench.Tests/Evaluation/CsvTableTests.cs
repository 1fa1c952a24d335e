using Matchmaking.Bench.Evaluation;

namespace Matchmaking.Bench.Tests.Evaluation;

public sealed class CsvTableTests
{
    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var table = CsvTable.Parse(new StringReader("id,text\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"line one\nline two\r\nline three\"\r\n"));

        Assert.Equal(["id", "text"], table.Header);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("a, b", table.Rows[0][1]);
        Assert.Equal("say \"hi\"", table.Rows[1][1]);
        Assert.Equal("line one\nline two\r\nline three", table.Rows[2][1]);
    }

    [Fact]
    public void Lf_cr_and_missing_final_newline_all_end_records_and_blank_lines_are_skipped()
    {
        var table = CsvTable.Parse(new StringReader("a,b\n1,2\r3,4\n\n5,6"));

        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["5", "6"], table.Rows[2]);
    }

    [Fact]
    public void Empty_fields_survive_and_short_rows_read_as_empty_values()
    {
        var table = CsvTable.Parse(new StringReader("a,b,c\n,,\n\"\",x\n7\n"));

        Assert.Equal(["", "", ""], table.Rows[0]);
        Assert.Equal(["", "x"], table.Rows[1]);
        Assert.Equal(string.Empty, CsvTable.Value(table.Rows[2], table.ColumnIndex("c")));
        Assert.Equal("7", CsvTable.Value(table.Rows[2], table.ColumnIndex("a")));
    }

    [Fact]
    public void Byte_order_mark_and_utf8_text_are_read_and_columns_match_case_insensitively()
    {
        var path = Path.Combine(Path.GetTempPath(), "mm-csv-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllText(path, "projectID,Città\n1,\"Forlì, Emilia\"\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            var table = CsvTable.Read(path);

            Assert.Equal(0, table.ColumnIndex("projectid"));
            Assert.Equal("Forlì, Emilia", CsvTable.Value(table.Rows[0], table.ColumnIndex("città")));
            Assert.Equal(-1, table.ColumnIndex("missing"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unterminated_quote_runs_to_the_end_and_stray_quotes_inside_fields_are_text()
    {
        var table = CsvTable.Parse(new StringReader("a,b\nx\"y,\"open\nstill open"));

        Assert.Single(table.Rows);
        Assert.Equal("x\"y", table.Rows[0][0]);
        Assert.Equal("open\nstill open", table.Rows[0][1]);
    }
}
