using System.Text.RegularExpressions;
using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3045: COPY to a relative destination depends on a WORKDIR the stage never set.</summary>
/// <remarks>As hadolint: a WORKDIR in the stage, or in the stage it is built FROM (transitively), makes relative destinations fine.</remarks>
public sealed partial class DL3045 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3045", DiagnosticLevel.Warning, "`COPY` to a relative destination without `WORKDIR` set.",
        "Set WORKDIR before the COPY, or copy to an absolute path.") { Equivalent = "hadolint DL3045" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var stages = context.Document.Stages;
        var hasWorkdir = new bool[stages.Count];
        var stageOfName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var instruction in context.Instructions)
        {
            var index = instruction.StageIndex;
            if (index < 0 || index >= stages.Count)
            {
                continue;
            }
            if (instruction.Is("FROM"))
            {
                if (stageOfName.TryGetValue(stages[index].BaseImage, out var parent))
                {
                    hasWorkdir[index] = hasWorkdir[parent];
                }
                if (stages[index].Name is { } name)
                {
                    stageOfName[name] = index;
                }
            }
            else if (instruction.Is("WORKDIR"))
            {
                hasWorkdir[index] = true;
            }
            else if (instruction.Is("COPY") && !hasWorkdir[index] && CopyArguments.Of(instruction).Target is { } target && IsRelative(target))
            {
                yield return new DockerfileHit(instruction, $"`COPY` to a relative destination without `WORKDIR` set: '{target}'. {Info.Fix}");
            }
        }
    }

    private static bool IsRelative(string target)
    {
        var path = HadolintShell.DropQuotes(target);
        return !path.StartsWith('/') && !path.StartsWith('$') && !WindowsAbsolute().IsMatch(path);
    }

    [GeneratedRegex(@"^[A-Za-z]:[\\/]")]
    private static partial Regex WindowsAbsolute();
}
