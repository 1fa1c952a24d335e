using System.Text;

namespace Matchmaking.Bench.Evaluation;

/// <summary>A streaming RFC 4180 record reader, lenient where real files are not strictly conformant.</summary>
public static class Rfc4180
{
    /// <summary>
    /// Yields the records of the text, one array of fields per record. Quotes are only special at the start of a
    /// field; a stray quote inside an unquoted field is kept as text; an unterminated quoted field runs to the end
    /// of the input. Blank lines are skipped.
    /// </summary>
    public static IEnumerable<string[]> ReadRecords(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadRecordsIterator(reader);
    }

    private static IEnumerable<string[]> ReadRecordsIterator(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldStarted = false;

        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when !fieldStarted:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    break;
                case '\r' or '\n':
                    if (ch == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    if (fields.Count > 0 || fieldStarted || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return fields.ToArray();
                    }

                    fields.Clear();
                    field.Clear();
                    fieldStarted = false;
                    break;
                default:
                    // Text after a closing quote ("ab"c) is kept rather than rejected: odd, but seen in exports.
                    field.Append(ch);
                    fieldStarted = true;
                    break;
            }
        }

        if (fields.Count > 0 || fieldStarted || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}
