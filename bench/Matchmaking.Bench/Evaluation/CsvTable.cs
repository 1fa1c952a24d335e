using System.Text;

namespace Matchmaking.Bench.Evaluation;

/// <summary>
/// An RFC 4180 CSV file read whole: a header row and data rows of strings.
/// Quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF and CR all end a record;
/// a UTF-8 byte-order mark is skipped; short rows read as empty strings for the missing columns.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i].Trim(), i);
        }
    }

    /// <summary>The column names, in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The data rows (the header excluded).</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads a UTF-8 CSV file. An empty file gives no header and no rows.</summary>
    public static CsvTable Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader);
    }

    /// <summary>Parses CSV text from a reader.</summary>
    public static CsvTable Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var records = Rfc4180.ReadRecords(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            return new CsvTable([], []);
        }

        var header = records.Current;
        if (header.Length > 0 && header[0].Length > 0 && header[0][0] == '\uFEFF')
        {
            header[0] = header[0][1..];
        }

        var rows = new List<string[]>();
        while (records.MoveNext())
        {
            rows.Add(records.Current);
        }

        return new CsvTable(header, rows);
    }

    /// <summary>The index of the first of <paramref name="names"/> present (case-insensitive), or -1.</summary>
    public int ColumnIndex(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            if (_columns.TryGetValue(name, out var index))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>The trimmed value of a column in a row; empty when the column is absent (-1) or the row is short.</summary>
    public static string Value(string[] row, int column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return column >= 0 && column < row.Length ? row[column].Trim() : string.Empty;
    }
}
