using System.Text;

namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// Reads instructions' text the way BuildKit's <c>Parse</c> loop does: leading whitespace and comment lines are
/// dropped, the escape character at the end of a line continues it, and inside a continuation comment lines and
/// blank lines are skipped (the latter with BuildKit's warning). A continuation still open at the end of the file
/// simply ends there, as in BuildKit.
/// </summary>
internal sealed class LogicalLineReader(LineCursor cursor, ParseDiagnostics diagnostics)
{
    private readonly DirectiveDetector _directives = new();

    public char Escape { get; private set; } = '\\';

    public LogicalLine? ReadNext()
    {
        while (cursor.TryNext(out var line))
        {
            var lead = Whitespace.CountLeading(line.Content);
            var token = line.Content[lead..];
            var isComment = token.StartsWith('#');
            InspectDirective(token, line.Number, lead + 1, isComment);
            if (isComment)
                continue;

            var first = ContinuationMarker.Strip(token, Escape, out var continues);
            if (!continues && first.Length == 0)
                continue;

            var map = new PositionMap(line.Number, lead + 1);
            map.Add(0, line.Number, lead + 1, first.Length);
            var text = new StringBuilder(first);
            if (continues)
                ReadContinuation(text, map);
            return new LogicalLine(text.ToString(), map);
        }
        return null;
    }

    private void ReadContinuation(StringBuilder text, PositionMap map)
    {
        var continues = true;
        var emptyLine = 0;
        while (continues && cursor.TryNext(out var line))
        {
            var lead = Whitespace.CountLeading(line.Content);
            if (lead < line.Content.Length && line.Content[lead] == '#')
            {
                diagnostics.Comments.Add(new Comment(line.Content[(lead + 1)..].Trim(), line.Number, lead + 1));
                continue;
            }
            if (lead == line.Content.Length)
            {
                if (emptyLine == 0)
                    emptyLine = line.Number;
                continue;
            }
            var part = ContinuationMarker.Strip(line.Content, Escape, out continues);
            map.Add(text.Length, line.Number, 1, part.Length);
            text.Append(part);
        }
        if (emptyLine > 0)
        {
            diagnostics.Warning(
                $"Empty continuation line found in: {text}. Remove the blank line: BuildKit will reject empty continuation lines in a future release",
                emptyLine, 1);
        }
    }

    private void InspectDirective(string token, int lineNumber, int column, bool isComment)
    {
        var directive = _directives.Inspect(token, lineNumber, column, out var error);
        if (error is not null)
            diagnostics.Error(error, lineNumber, column);
        if (directive is not null)
        {
            diagnostics.Directives.Add(directive);
            if (directive.Name == "escape")
                Escape = directive.Value[0];
        }
        else if (isComment && error is null)
        {
            diagnostics.Comments.Add(new Comment(token[1..].Trim(), lineNumber, column));
        }
    }
}
