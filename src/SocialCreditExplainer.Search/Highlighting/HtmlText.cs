using System.Text;

namespace SocialCreditExplainer.Search.Highlighting;

/// <summary>
/// The few characters that can change the meaning of HTML, encoded by hand so that Thai,
/// Chinese and pinyin stay readable in the page source (the framework encoders escape them all).
/// </summary>
internal static class HtmlText
{
    /// <summary>
    /// Appends <c>text[start..end)</c> encoded for HTML text and attribute context, with every run
    /// of white space written as one space.
    /// </summary>
    public static void AppendEncoded(StringBuilder builder, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        if (builder.Length == 0 || builder[^1] != ' ')
                        {
                            builder.Append(' ');
                        }
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }
}
