using System.Text;

namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// Reads heredoc bodies after the instruction, one heredoc after the other, as BuildKit does: lines are kept
/// verbatim until a line equal to the name (after removing leading tabs for <c>&lt;&lt;-</c>).
/// </summary>
internal static class HeredocReader
{
    public static List<Heredoc> Read(LineCursor cursor, IEnumerable<HeredocSpec> specs, out bool unterminated)
    {
        unterminated = false;
        var heredocs = new List<Heredoc>();
        foreach (var spec in specs)
        {
            var content = new StringBuilder();
            int start = 0, end = 0;
            var terminated = false;
            while (cursor.TryNext(out var line))
            {
                if (start == 0)
                    start = line.Number;
                end = line.Number;
                var candidate = spec.Chomp ? line.Content.TrimStart('\t') : line.Content;
                if (candidate == spec.Name)
                {
                    terminated = true;
                    break;
                }
                content.Append(cursor.Raw(line));
            }
            var last = cursor.Last?.Number ?? 0;
            heredocs.Add(new Heredoc(spec.Name, content.ToString(), spec.Chomp, !spec.Expand, spec.FileDescriptor,
                start == 0 ? last : start, end == 0 ? last : end));
            if (!terminated)
            {
                unterminated = true;
                break;
            }
        }
        return heredocs;
    }
}
