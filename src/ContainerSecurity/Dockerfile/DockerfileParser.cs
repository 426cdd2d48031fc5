using System.Text;
using ContainerSecurity.Dockerfile.Parsing;
using ContainerSecurity.Dockerfile.Validation;

namespace ContainerSecurity.Dockerfile;

/// <summary>
/// Parses a Dockerfile with BuildKit's rules (<c>frontend/dockerfile/parser</c> and <c>instructions</c>).
/// Never throws: whatever BuildKit rejects becomes a <see cref="DockerfileError"/> and parsing goes on.
/// </summary>
public static class DockerfileParser
{
    public static DockerfileDocument Parse(string text, string? path = null)
    {
        try
        {
            return ParseCore(text ?? "", path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug here must not take the build down with it; the message makes it reportable.
            return new DockerfileDocument { Path = path, Errors = [new DockerfileError($"internal parser error: {e.Message}", 1, 1)] };
        }
    }

    private static DockerfileDocument ParseCore(string text, string? path)
    {
        if (text.StartsWith('\uFEFF'))
            text = text[1..];
        var lines = SourceLines.Split(text);
        var diagnostics = new ParseDiagnostics();
        ReportOverlongLine(lines, diagnostics);
        var cursor = new LineCursor(text, lines);
        var reader = new LogicalLineReader(cursor, diagnostics);
        var builder = new InstructionBuilder(cursor, diagnostics);
        var instructions = new List<Instruction>();
        var failed = new HashSet<Instruction>(ReferenceEqualityComparer.Instance);
        var stageIndex = -1;

        while (reader.ReadNext() is { } logical)
        {
            var command = CommandLineSplitter.Split(logical.Text);
            if (command.Keyword.Equals("FROM", StringComparison.OrdinalIgnoreCase))
                stageIndex++;
            var errorsBefore = diagnostics.Errors.Count;
            var instruction = builder.Build(logical, command, reader.Escape, stageIndex, out var parserError);
            if (!parserError && InstructionRules.Check(instruction) is { } error)
                diagnostics.Errors.Add(error);
            if (diagnostics.Errors.Count > errorsBefore)
                failed.Add(instruction);
            instructions.Add(instruction);
        }

        if (instructions.Count == 0)
            diagnostics.Error("file with no instructions: a Dockerfile needs at least a FROM", Math.Max(1, lines.Count), 1);
        var stages = StageAssembler.Assemble(instructions, failed, diagnostics.Errors, diagnostics.Warnings);

        return new DockerfileDocument
        {
            Path = path,
            Directives = diagnostics.Directives,
            EscapeChar = reader.Escape,
            Instructions = instructions,
            Stages = stages,
            Check = ReadCheck(diagnostics),
            Errors = diagnostics.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList(),
            Warnings = diagnostics.Warnings.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList(),
            Comments = diagnostics.Comments,
        };
    }

    // BuildKit's line scanner stops with this error at the first line over 64 KiB (its newline excluded).
    private static void ReportOverlongLine(List<SourceLine> lines, ParseDiagnostics diagnostics)
    {
        const int MaxLineBytes = 65535;
        var overlong = lines.FirstOrDefault(l => l.Content.Length > MaxLineBytes / 3 && Encoding.UTF8.GetByteCount(l.Content) > MaxLineBytes);
        if (overlong is not null)
            diagnostics.Error($"dockerfile line greater than max allowed size of {MaxLineBytes}", overlong.Number, 1);
    }

    private static CheckDirective? ReadCheck(ParseDiagnostics diagnostics)
    {
        if (diagnostics.Directives.FirstOrDefault(d => d.Name == "check") is not { } directive)
            return null;
        var check = CheckDirective.Parse(directive.Value, out var error);
        if (error is not null)
            diagnostics.Error(error, directive.Line, directive.Column);
        return check;
    }
}
