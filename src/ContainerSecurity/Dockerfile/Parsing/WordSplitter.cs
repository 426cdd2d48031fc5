using System.Text;

namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// BuildKit's <c>parseWords</c> (ENV, LABEL, ARG): splits on whitespace outside quotes, keeping the quotes and the
/// escape characters in the words for the later shell processing.
/// </summary>
internal static class WordSplitter
{
    private enum Phase { InSpaces, InWord, InQuote }

    public static List<(string Word, int Offset)> Split(string rest, char escape)
    {
        var words = new List<(string, int)>();
        var phase = Phase.InSpaces;
        var word = new StringBuilder();
        var quote = '\0';
        var blankOk = false;
        var start = 0;

        for (var pos = 0; pos <= rest.Length; pos++)
        {
            var ch = pos < rest.Length ? rest[pos] : '\0';
            if (phase == Phase.InSpaces)
            {
                if (pos == rest.Length)
                    break;
                if (Whitespace.IsSpace(ch))
                    continue;
                phase = Phase.InWord;
                start = pos;
            }
            if (pos == rest.Length)
            {
                if (blankOk || word.Length > 0)
                    words.Add((word.ToString(), start));
                break;
            }
            if (phase == Phase.InWord)
            {
                if (Whitespace.IsSpace(ch))
                {
                    phase = Phase.InSpaces;
                    if (blankOk || word.Length > 0)
                        words.Add((word.ToString(), start));
                    word.Clear();
                    blankOk = false;
                    continue;
                }
                if (ch is '\'' or '"')
                {
                    quote = ch;
                    blankOk = true;
                    phase = Phase.InQuote;
                }
                if (ch == escape)
                {
                    if (pos + 1 == rest.Length)
                        continue;
                    word.Append(ch);
                    ch = rest[++pos];
                }
                word.Append(ch);
                continue;
            }
            if (ch == quote)
                phase = Phase.InWord;
            if (ch == escape && quote != '\'')
            {
                if (pos + 1 == rest.Length)
                {
                    phase = Phase.InWord;
                    continue;
                }
                word.Append(ch);
                ch = rest[++pos];
            }
            word.Append(ch);
        }
        return words;
    }
}
