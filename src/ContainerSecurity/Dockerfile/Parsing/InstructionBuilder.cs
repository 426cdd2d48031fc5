namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// Builds an <see cref="Instruction"/> from a joined line: per-keyword arguments, the ONBUILD trigger, heredoc
/// bodies read from the following lines, and exact source positions.
/// </summary>
internal sealed class InstructionBuilder(LineCursor cursor, ParseDiagnostics diagnostics)
{
    // ONBUILD ONBUILD ... is an error anyway; this only keeps a hostile line from nesting without bound.
    private const int MaxTriggerDepth = 4;

    private sealed record Node(CommandLine Command, ParsedArguments Arguments, Node? Trigger);

    /// <param name="parserError">Whether BuildKit's parser itself rejects the line (not only its later checks).</param>
    public Instruction Build(LogicalLine logical, CommandLine command, char escape, int stageIndex, out bool parserError)
    {
        var node = Parse(command, escape, 0);
        parserError = ReportParserErrors(node, logical.Map);
        var heredocs = ReadHeredocs(logical, node, ref parserError);
        var end = cursor.Last!;
        var endColumn = 1 + end.Content.TrimEnd().Length;
        return Create(node, logical.Map, heredocs, end.Number, endColumn, stageIndex, escape);
    }

    private static Node Parse(CommandLine command, char escape, int depth)
    {
        var arguments = ArgumentParser.Parse(command.Keyword, command.Arguments, command.ArgumentsOffset, escape);
        var trigger = arguments.Trigger is { } line && depth < MaxTriggerDepth ? Parse(line, escape, depth + 1) : null;
        return new Node(command, arguments, trigger);
    }

    private bool ReportParserErrors(Node node, PositionMap map)
    {
        var found = false;
        for (var current = node; current is not null; current = current.Trigger)
        {
            if (current.Arguments.Error is not { } error)
                continue;
            var offset = current.Arguments.ErrorOffset is { } within
                ? current.Command.ArgumentsOffset + within
                : current.Command.KeywordOffset;
            var (line, column) = map.Locate(offset);
            diagnostics.Error(error, line, column);
            found = true;
        }
        return found;
    }

    private List<Heredoc> ReadHeredocs(LogicalLine logical, Node node, ref bool parserError)
    {
        var target = node.Command.Keyword.Equals("onbuild", StringComparison.OrdinalIgnoreCase) && node.Trigger is not null
            ? node.Trigger
            : node;
        var canContain = target.Command.Keyword.ToLowerInvariant() is "run" or "copy" or "add" && !target.Arguments.IsJson;
        if (!canContain || !logical.Text.Contains("<<"))
            return [];

        var specs = HeredocDetector.Detect(logical.Text, out var error);
        var (line, column) = logical.Map.Locate(node.Command.KeywordOffset);
        if (error is not null)
        {
            diagnostics.Error(error, line, column);
            parserError = true;
        }
        var heredocs = HeredocReader.Read(cursor, specs, out var unterminated);
        if (unterminated)
        {
            diagnostics.Error(
                $"unterminated heredoc: end the body of '<<{heredocs[^1].Name}' with a line containing only '{heredocs[^1].Name}'",
                line, column);
            parserError = true;
        }
        return heredocs;
    }

    private Instruction Create(
        Node node, PositionMap map, List<Heredoc> heredocs, int endLine, int endColumn, int stageIndex, char escape)
    {
        var command = node.Command;
        var (startLine, startColumn) = map.Locate(command.KeywordOffset);
        if (endLine == startLine && endColumn < startColumn)
            endColumn = startColumn;
        var trigger = node.Trigger is null
            ? null
            : Create(node.Trigger, map, heredocs, endLine, endColumn, stageIndex, escape);
        var arguments = node.Arguments;
        return new Instruction
        {
            Keyword = command.Keyword.ToUpperInvariant(),
            Original = Slice(startLine, startColumn, endLine, endColumn),
            Flags = command.Flags.Select(f => Flag(f, map)).ToList(),
            Arguments = command.Arguments,
            IsJsonForm = arguments.IsJson,
            JsonArguments = arguments.JsonItems,
            Words = trigger is null ? arguments.Words : [node.Trigger!.Command.Keyword, .. trigger.Words],
            KeyValues = KeyValueFactory.Create(arguments.KeyValues, command.ArgumentsOffset, map, escape, diagnostics),
            Heredocs = heredocs,
            StartLine = startLine,
            StartColumn = startColumn,
            EndLine = endLine,
            EndColumn = endColumn,
            StageIndex = stageIndex,
            OnBuildTrigger = trigger,
        };
    }

    private static InstructionFlag Flag(RawFlag flag, PositionMap map)
    {
        var (line, column) = map.Locate(flag.Offset);
        var body = flag.Text.StartsWith("--", StringComparison.Ordinal) ? flag.Text[2..] : flag.Text;
        var equals = body.IndexOf('=');
        return equals < 0
            ? new InstructionFlag(body, null, flag.Text, line, column)
            : new InstructionFlag(body[..equals], body[(equals + 1)..], flag.Text, line, column);
    }

    private string Slice(int startLine, int startColumn, int endLine, int endColumn)
    {
        var start = cursor.Line(startLine).Offset + startColumn - 1;
        var end = cursor.Line(endLine).Offset + endColumn - 1;
        return end > start ? cursor.Text[start..end] : "";
    }
}
