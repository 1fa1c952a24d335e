using System.Globalization;
using System.Text.Json.Nodes;
using CsvHelper;
using CsvHelper.Configuration;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Cli.Import;

/// <summary>
/// Reads profiles from CSV with a header row (columns: <see cref="CsvColumn.All"/>). A file it cannot read as a
/// whole (unknown or missing columns) throws <see cref="ImportFileException"/>; a cell that does not parse fails
/// only its row. Rows are numbered by the line they start on (the header is line 1).
/// </summary>
public static class CsvProfileReader
{
    private static readonly char[] ListSeparators = [';', '|'];

    public static IReadOnlyList<ImportRow> Read(TextReader reader, ActorKind? defaultKind)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DelimiterOf(text),
            IgnoreBlankLines = true,

            // A stray quote inside an unquoted cell is kept as text rather than failing the file.
            BadDataFound = null,
        };

        using var parser = new CsvParser(new StringReader(text), config);
        try
        {
            if (!parser.Read())
            {
                throw new ImportFileException("the CSV file is empty: it needs a header row (id, kind, name, …)");
            }

            var columns = ReadHeader(parser.Record ?? [], defaultKind);
            var rows = new List<ImportRow>();
            while (parser.Read())
            {
                rows.Add(ReadRow(parser.Record ?? [], StartLine(parser), columns, defaultKind));
            }

            return rows;
        }
        catch (CsvHelperException e)
        {
            throw new ImportFileException($"the CSV file cannot be read near line {parser.RawRow}: {e.Message.Split('\n')[0].Trim()}", e);
        }
    }

    // Italian spreadsheets save CSV with ';'; then list cells use '|'. The header holds no lists, so it tells which.
    private static string DelimiterOf(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var header = end < 0 ? text : text[..end];
        return header.Contains(';', StringComparison.Ordinal) && !header.Contains(',', StringComparison.Ordinal) ? ";" : ",";
    }

    // RawRow is the last physical line of the record; a quoted cell may span several lines.
    private static int StartLine(CsvParser parser)
    {
        var raw = parser.RawRecord.TrimEnd('\r', '\n');
        return parser.RawRow - raw.Count(c => c == '\n');
    }

    private static CsvColumn[] ReadHeader(string[] header, ActorKind? defaultKind)
    {
        var columns = new CsvColumn[header.Length];
        var unknown = new List<string>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            var column = CsvColumn.Find(name);
            if (column is null)
            {
                unknown.Add(name.Length == 0 ? $"(column {i + 1} has no name)" : $"'{name}'");
                continue;
            }

            if (columns.Contains(column))
            {
                throw new ImportFileException($"the CSV header names column '{column.Name}' twice");
            }

            columns[i] = column;
        }

        if (unknown.Count > 0)
        {
            throw new ImportFileException(
                $"unknown CSV column{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown)}; known columns: {string.Join(", ", CsvColumn.All.Select(c => c.Name))}");
        }

        foreach (var required in new[] { "id", "name" })
        {
            if (!columns.Any(c => c.Name == required))
            {
                throw new ImportFileException($"the CSV header has no '{required}' column");
            }
        }

        if (defaultKind is null && !columns.Any(c => c.Name == "kind"))
        {
            throw new ImportFileException("the CSV header has no 'kind' column: add one or pass --kind");
        }

        return columns;
    }

    private static ImportRow ReadRow(string[] record, int line, CsvColumn[] columns, ActorKind? defaultKind)
    {
        var errors = new RowErrors();
        string Cell(string name) => Array.FindIndex(columns, c => c.Name == name) is var i and >= 0 && i < record.Length ? record[i].Trim() : "";

        var id = Cell("id");
        var kindText = Cell("kind");
        if (record.Length > columns.Length)
        {
            errors.Add("row", $"has {record.Length} cells but the header has {columns.Length} columns");
        }

        if (id.Length == 0)
        {
            errors.Add("id", "missing");
        }

        ActorKind? kind = defaultKind;
        if (kindText.Length > 0)
        {
            kind = KindParser.TryParse(kindText, out var parsed, out var kindError) ? parsed : null;
            if (kind is null)
            {
                errors.Add("kind", kindError);
            }
        }
        else if (kind is null)
        {
            errors.Add("kind", "missing: fill the kind column or pass --kind");
        }

        var document = new JsonObject { ["id"] = id, ["kind"] = kind?.Name() ?? kindText };
        for (var i = 0; i < columns.Length && i < record.Length; i++)
        {
            var column = columns[i];
            var cell = record[i].Trim();
            if (column.Name is "id" or "kind" || cell.Length == 0)
            {
                continue;
            }

            if (kind is { } k && column.Kind is { } owner && owner != k)
            {
                errors.Add(column.Name, $"is a field of a {owner.Name()}, not of a {k.Name()}");
                continue;
            }

            if (Convert(column, cell, errors) is { } value)
            {
                var target = column.Parent is null ? document : (JsonObject)(document[column.Parent] ??= new JsonObject());
                target[column.Name] = value;
            }
        }

        var kindName = kind?.Name() ?? (kindText.Length > 0 ? kindText : null);
        var idOrNull = id.Length > 0 ? id : null;
        var checkable = kind is not null && idOrNull is not null;
        return errors.Any
            ? ImportRow.Invalid(line, idOrNull, kindName, errors.ToDictionary(), checkable ? document : null)
            : ImportRow.Valid(line, id, kindName!, document);
    }

    private static JsonNode? Convert(CsvColumn column, string cell, RowErrors errors)
    {
        switch (column.Type)
        {
            case CellType.List:
                return new JsonArray([.. cell.Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(item => (JsonNode)item)]);
            case CellType.Integer when int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                return number;
            case CellType.Integer:
                errors.Add(column.Name, $"'{cell}' is not a whole number");
                return null;
            case CellType.Boolean when ParseBoolean(cell) is { } flag:
                return flag;
            case CellType.Boolean:
                errors.Add(column.Name, $"'{cell}' is not true or false (true/false, yes/no, sì/no, 1/0)");
                return null;
            default:
                return cell;
        }
    }

    private static bool? ParseBoolean(string cell) => cell.ToLowerInvariant() switch
    {
        "true" or "yes" or "y" or "1" or "sì" or "si" or "vero" => true,
        "false" or "no" or "n" or "0" or "falso" => false,
        _ => null,
    };
}
