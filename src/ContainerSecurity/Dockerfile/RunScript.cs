using ContainerSecurity.Dockerfile.Parsing;

namespace ContainerSecurity.Dockerfile;

/// <summary>
/// The shell script a shell-form RUN gives <c>/bin/sh -c</c>, with its heredocs as BuildKit assembles them: a RUN that
/// is only <c>&lt;&lt;EOF</c> runs the heredoc body as the script; otherwise each body and its terminator are appended
/// to the command line, so the shell reads them as heredocs. (A body starting with <c>#!</c> is run as a file by
/// BuildKit; its text is still returned.)
/// </summary>
public static class RunScript
{
    /// <returns>The script, or null for an exec-form (JSON) RUN or another instruction.</returns>
    public static string? Of(Instruction run)
    {
        if (!run.Is("RUN") || run.IsJsonForm)
            return null;
        if (run.Heredocs.Count == 0)
            return run.Arguments;
        if (HeredocDetector.Parse(run.Arguments, out _) is not null)
            return run.Heredocs[0].Content;
        return run.Arguments + string.Concat(run.Heredocs.Select(h => "\n" + h.RawContent + h.Name));
    }
}
