using System.Globalization;

namespace ContainerSecurity.Dockerfile.Validation;

/// <summary>Go's <c>time.ParseDuration</c> (e.g. <c>1h30m</c>, <c>1.5s</c>, <c>300ms</c>), with its error messages.</summary>
internal static class GoDuration
{
    private static readonly Dictionary<string, decimal> Units = new()
    {
        ["ns"] = 1m, ["us"] = 1e3m, ["\u00b5s"] = 1e3m, ["\u03bcs"] = 1e3m, ["ms"] = 1e6m,
        ["s"] = 1e9m, ["m"] = 60e9m, ["h"] = 3600e9m,
    };

    public static bool TryParse(string text, out decimal nanoseconds, out string? error)
    {
        nanoseconds = 0;
        error = $"time: invalid duration \"{text}\"";
        var s = text;
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s == "0")
        {
            error = null;
            return true;
        }
        if (s.Length == 0)
            return false;

        decimal total = 0;
        while (s.Length > 0)
        {
            var i = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
                i++;
            var whole = s[..i];
            var fraction = "";
            if (i < s.Length && s[i] == '.')
            {
                var start = ++i;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                    i++;
                fraction = s[start..i];
            }
            if (whole.Length == 0 && fraction.Length == 0)
                return false;
            if (whole.Length > 0 && !ulong.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                return false;
            s = s[i..];

            var unitLength = 0;
            while (unitLength < s.Length && s[unitLength] != '.' && !char.IsAsciiDigit(s[unitLength]))
                unitLength++;
            if (unitLength == 0)
            {
                error = $"time: missing unit in duration \"{text}\"";
                return false;
            }
            if (!Units.TryGetValue(s[..unitLength], out var unit))
            {
                error = $"time: unknown unit \"{s[..unitLength]}\" in duration \"{text}\"";
                return false;
            }
            s = s[unitLength..];
            var number = decimal.Parse(
                (whole.Length == 0 ? "0" : whole) + "." + (fraction.Length == 0 ? "0" : fraction[..Math.Min(fraction.Length, 18)]),
                CultureInfo.InvariantCulture);
            total += number * unit;
            if (total > long.MaxValue)
                return false;
        }
        nanoseconds = negative ? -total : total;
        error = null;
        return true;
    }
}
