namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>Reads the physical lines once, in order; shared by the instruction reader and the heredoc reader.</summary>
internal sealed class LineCursor(string text, List<SourceLine> lines)
{
    private int _next;

    public string Text { get; } = text;

    public SourceLine? Last { get; private set; }

    public bool TryNext(out SourceLine line)
    {
        if (_next >= lines.Count)
        {
            line = null!;
            return false;
        }
        line = lines[_next++];
        Last = line;
        return true;
    }

    public string Raw(SourceLine line) => Text.Substring(line.Offset, line.RawLength);

    public SourceLine Line(int number) => lines[number - 1];
}
