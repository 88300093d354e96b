using System.Text;

namespace ContinuationKatas.Tool;

/// <summary>How many terminal columns text takes: emoji and wide characters take two, combining marks none.</summary>
internal static class TextWidth
{
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="width"/> columns, ending in "…" when cut.</summary>
    public static string Truncate(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Of(text) <= width)
        {
            return text;
        }

        var result = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (used + Of(rune) > width - 1)
            {
                break;
            }

            result.Append(rune.ToString());
            used += Of(rune);
        }

        return result.Append('…').ToString();
    }

    private static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value is 0x200D or (>= 0xFE00 and <= 0xFE0F) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark)
        {
            return 0;
        }

        return value >= 0x1F000 || value is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF00 and <= 0xFF60)
            ? 2
            : 1;
    }
}
