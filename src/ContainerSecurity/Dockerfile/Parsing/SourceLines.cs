namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// A physical line: <see cref="Content"/> has the line ending and any trailing <c>\r</c> removed (BuildKit's
/// <c>trimNewline</c>); <see cref="Offset"/> and <see cref="RawLength"/> locate the line with its ending in the text.
/// </summary>
internal sealed record SourceLine(int Number, int Offset, int RawLength, string Content);

internal static class SourceLines
{
    /// <summary>Splits on <c>\n</c> only, as BuildKit's scanner does; a last line without a newline still counts.</summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            var content = text[start..end].TrimEnd('\r', '\n');
            lines.Add(new SourceLine(lines.Count + 1, start, end - start, content));
            start = end;
        }
        return lines;
    }
}
