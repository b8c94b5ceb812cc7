using System.Text;

namespace SocialCreditExplainer.Web.Tests.Timeline;

/// <summary>
/// An RFC 4180 reader written for the tests, independent of the writer under test: quoted fields
/// may hold commas, doubled quotes and line breaks; records end with CRLF.
/// </summary>
internal static class Csv
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.True(field.Length == 0, $"A quote inside an unquoted field at {i}.");
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r')
            {
                Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"A bare CR at {i}.");
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                Assert.True(c != '\n', $"A bare LF outside quotes at {i}.");
                field.Append(c);
            }
        }

        Assert.False(quoted, "The file ends inside a quoted field.");
        Assert.True(field.Length == 0 && record.Count == 0, "The last record does not end with CRLF.");
        return records;
    }
}
