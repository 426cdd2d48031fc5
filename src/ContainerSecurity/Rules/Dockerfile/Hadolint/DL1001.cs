using System.Text.RegularExpressions;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL1001: inline ignore pragmas hide problems one instruction at a time (off by default, as in hadolint).</summary>
public sealed partial class DL1001 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL1001", DiagnosticLevel.Note, "Please refrain from using inline ignore pragmas",
        "Fix the finding instead, or ignore the rule for the whole project in .hadolint.yaml.") { Equivalent = "hadolint DL1001", EnabledByDefault = false };

    [GeneratedRegex(@"^#?\s*hadolint\s+ignore\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlinePragma();

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var comment in context.Document.Comments.Where(c => InlinePragma().IsMatch(c.Text.Trim())))
        {
            var next = context.Instructions.FirstOrDefault(i => i.StartLine > comment.Line);
            yield return new DockerfileHit(next, $"Please refrain from using inline ignore pragmas: line {comment.Line} has '{comment.Text.Trim()}'. {Info.Fix}");
        }
    }
}
