using System.Text;

namespace ContainerSecurity.Reports;

/// <summary>Makes untrusted text (messages, package names, justifications) safe inside Markdown text and table cells.</summary>
public static class MarkdownText
{
    // The characters that start Markdown or GitHub-flavoured syntax in the middle of a line (emphasis, code, links,
    // HTML, strikethrough, entities) plus the table separator. Line-start syntax (#, -, 1.) cannot occur: every
    // message follows a code span or a cell border.
    private const string Special = "\\`*_[]<>|~&";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (Special.Contains(c))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>An inline code span; backticks cannot be escaped inside one, so they are dropped, and pipes still need escaping in tables.</summary>
    public static string Code(string? text) =>
        string.IsNullOrEmpty(text) ? "" : "`" + text.ReplaceLineEndings(" ").Replace("`", "").Replace("|", "\\|") + "`";
}
