using System.Text;

namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// BuildKit's <c>splitCommand</c> and <c>extractBuilderFlags</c>: the keyword, then leading <c>--flag</c> words (quotes
/// and <c>\</c> escapes processed, always with <c>\</c> whatever the escape directive says; a lone <c>--</c> ends
/// them), then the trimmed rest.
/// </summary>
internal static class CommandLineSplitter
{
    private enum Phase { InSpaces, InWord, InQuote }

    public static CommandLine Split(string line, int baseOffset = 0)
    {
        var start = 0;
        while (start < line.Length && Whitespace.IsSpace(line[start]))
            start++;
        var end = line.Length;
        while (end > start && Whitespace.IsSpace(line[end - 1]))
            end--;

        var keywordEnd = start;
        while (keywordEnd < end && !Whitespace.IsSeparator(line[keywordEnd]))
            keywordEnd++;
        var keyword = line[start..keywordEnd];
        if (keywordEnd == end)
            return new CommandLine(keyword, baseOffset + start, [], "", baseOffset + end);

        var restStart = keywordEnd;
        while (restStart < end && Whitespace.IsSeparator(line[restStart]))
            restStart++;
        var (flags, argumentsStart) = ExtractFlags(line, restStart, end, baseOffset);
        while (argumentsStart < end && Whitespace.IsSpace(line[argumentsStart]))
            argumentsStart++;
        return new CommandLine(keyword, baseOffset + start, flags, line[argumentsStart..end], baseOffset + argumentsStart);
    }

    private static (List<RawFlag> Flags, int ArgumentsStart) ExtractFlags(string line, int from, int to, int baseOffset)
    {
        var flags = new List<RawFlag>();
        var phase = Phase.InSpaces;
        var word = new StringBuilder();
        var quote = '\0';
        var blankOk = false;
        var wordStart = from;

        for (var pos = from; pos <= to; pos++)
        {
            var ch = pos < to ? line[pos] : '\0';
            if (phase == Phase.InSpaces)
            {
                if (pos == to)
                    break;
                if (Whitespace.IsSpace(ch))
                    continue;
                if (ch != '-' || pos + 1 == to || line[pos + 1] != '-')
                    return (flags, pos);
                phase = Phase.InWord;
                wordStart = pos;
            }
            if (pos == to)
            {
                if (word.ToString() != "--" && (blankOk || word.Length > 0))
                    flags.Add(new RawFlag(word.ToString(), baseOffset + wordStart));
                break;
            }
            if (phase == Phase.InWord)
            {
                if (Whitespace.IsSpace(ch))
                {
                    phase = Phase.InSpaces;
                    if (word.ToString() == "--")
                        return (flags, pos);
                    if (blankOk || word.Length > 0)
                        flags.Add(new RawFlag(word.ToString(), baseOffset + wordStart));
                    word.Clear();
                    blankOk = false;
                    continue;
                }
                if (ch is '\'' or '"')
                {
                    quote = ch;
                    blankOk = true;
                    phase = Phase.InQuote;
                    continue;
                }
                if (ch == '\\')
                {
                    if (pos + 1 == to)
                        continue;
                    ch = line[++pos];
                }
                word.Append(ch);
                continue;
            }
            if (ch == quote)
            {
                phase = Phase.InWord;
                continue;
            }
            if (ch == '\\')
            {
                if (pos + 1 == to)
                {
                    phase = Phase.InWord;
                    continue;
                }
                ch = line[++pos];
            }
            word.Append(ch);
        }
        return (flags, to);
    }
}
