using System.Text.RegularExpressions;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3048: a label key in a reserved namespace, or not of the form Docker recommends.</summary>
public sealed partial class DL3048 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3048", DiagnosticLevel.Note, "Invalid label key.",
        "Use lower-case alphanumerics, '.' and '-' (no '..' or '--'), starting with a letter and ending with a letter or digit, outside the com.docker., io.docker. and org.dockerproject. namespaces.")
        { Equivalent = "hadolint DL3048" };

    private static readonly string[] Reserved = ["com.docker.", "io.docker.", "org.dockerproject."];

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (label, pair) in HadolintLabels.Pairs(context))
        {
            if (pair.Key.Contains('$'))
            {
                continue;
            }
            if (Reserved.Any(r => pair.Key.StartsWith(r, StringComparison.Ordinal)) || !KeyGrammar().IsMatch(pair.Key)
                || pair.Key.Contains("..", StringComparison.Ordinal) || pair.Key.Contains("--", StringComparison.Ordinal))
            {
                yield return new DockerfileHit(label, $"Invalid label key `{pair.Key}`. {Info.Fix}");
            }
        }
    }

    [GeneratedRegex(@"^[a-z](?:[a-z0-9.-]*[a-z0-9])?$")]
    private static partial Regex KeyGrammar();
}
