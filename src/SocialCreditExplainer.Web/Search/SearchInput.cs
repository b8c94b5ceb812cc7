using System.Text;

namespace SocialCreditExplainer.Web.Search;

/// <summary>
/// What the web layer does to a reader's text before it goes anywhere: cut it to a length worth
/// carrying (the engine searches only <see cref="SocialCreditExplainer.Search.QueryLimits.MaxQueryLength"/>
/// characters and says so) and make it valid UTF-16, so a 10 KB query does not travel into the
/// page, the circuit's state and the address bar, and a lone surrogate cannot break encoding.
/// </summary>
public static class SearchInput
{
    /// <summary>Characters kept; well over the engine's limit, so it can still tell the reader their text was cut.</summary>
    public const int MaxLength = 1000;

    /// <summary>The text cut to <see cref="MaxLength"/> (never inside a surrogate pair) with lone surrogates replaced by U+FFFD.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.Length <= MaxLength && !HasLoneSurrogate(text))
        {
            return text;
        }

        var cleaned = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var rune in text.EnumerateRunes())
        {
            // EnumerateRunes yields U+FFFD for each lone surrogate.
            if (cleaned.Length + rune.Utf16SequenceLength > MaxLength)
            {
                break;
            }

            cleaned.Append(rune.ToString());
        }

        return cleaned.ToString();
    }

    /// <summary>The text cut to about <paramref name="length"/> characters with an ellipsis, never inside a surrogate pair.</summary>
    public static string Shorten(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= length)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut] + "…";
    }

    static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
