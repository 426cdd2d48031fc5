using System.Globalization;
using System.Text;
using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

/// <summary>
/// Prints a parsed document the way BuildKit's <c>Node.Dump</c> prints its AST (the format of the <c>result</c>
/// files of its parser testfiles), so those files can be compared verbatim.
/// </summary>
internal static class BuildKitAst
{
    private static readonly HashSet<string> Known =
    [
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
        "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    ];

    public static string Dump(DockerfileDocument document) =>
        string.Concat(document.Instructions.Select(i => "(" + Node(i) + ")\n"));

    private static string Node(Instruction instruction)
    {
        var text = new StringBuilder(instruction.Keyword.ToLowerInvariant());
        if (instruction.Flags.Count > 0)
            text.Append(" [").AppendJoin(" ", instruction.Flags.Select(f => Quote(f.Text))).Append(']');
        if (instruction.OnBuildTrigger is { } trigger)
            return text.Append(" (").Append(Node(trigger)).Append(')').ToString();
        IEnumerable<string> words = instruction.Keyword is "ENV" or "LABEL"
            ? instruction.KeyValues.SelectMany(kv => new[] { kv.RawKey, kv.RawValue! })
            : instruction.Words;
        foreach (var word in words)
            text.Append(' ').Append(Quote(word));
        if (!Known.Contains(instruction.Keyword))
            text.Append(" \"\"");
        return text.ToString();
    }

    // Go's strconv.Quote.
    private static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\a': text.Append("\\a"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\v': text.Append("\\v"); break;
                case < 0x20 or 0x7f: text.Append(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}"); break;
                default:
                    if (rune.Value >= 0x80 && !IsPrintable(rune))
                        text.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}");
                    else
                        text.Append(rune.ToString());
                    break;
            }
        }
        return text.Append('"').ToString();
    }

    private static bool IsPrintable(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };
}
