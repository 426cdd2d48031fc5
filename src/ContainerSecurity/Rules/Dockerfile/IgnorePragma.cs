using System.Text.RegularExpressions;
using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>
/// `# hadolint ignore=DL3008,DL3015` (the next instruction), `# hadolint global ignore=...` (the whole file), and the
/// same with `containersecurity` for every code. Applied after the rules, never inside them.
/// </summary>
public sealed partial record IgnorePragma(int Line, bool Global, IReadOnlyList<string> Codes, int AppliesToLine)
{
    [GeneratedRegex(@"^#?\s*(?:hadolint|containersecurity)\s+(?<global>global\s+)?ignore\s*=\s*(?<codes>[A-Za-z0-9,\s]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public static IReadOnlyList<IgnorePragma> Read(DockerfileDocument document)
    {
        var pragmas = new List<IgnorePragma>();
        foreach (var comment in document.Comments)
        {
            var match = Pattern().Match(comment.Text.Trim());
            if (!match.Success)
            {
                continue;
            }
            var codes = match.Groups["codes"].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var next = document.Instructions.FirstOrDefault(i => i.StartLine > comment.Line);
            pragmas.Add(new IgnorePragma(comment.Line, match.Groups["global"].Success, codes, next?.StartLine ?? -1));
        }
        return pragmas;
    }

    public bool Covers(string code, int line) =>
        Codes.Contains(code, StringComparer.OrdinalIgnoreCase) && (Global || line == AppliesToLine);
}
