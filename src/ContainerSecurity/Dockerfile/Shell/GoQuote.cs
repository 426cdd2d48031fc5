using System.Globalization;
using System.Text;

namespace ContainerSecurity.Dockerfile.Shell;

/// <summary>Go's <c>%q</c> of a string, so messages read as BuildKit prints them.</summary>
internal static class GoQuote
{
    public static string Of(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ' or '\x7f': text.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"); break;
                default: text.Append(c); break;
            }
        }
        return text.Append('"').ToString();
    }
}
