using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL4001: a stage that uses both wget and curl; pick one.</summary>
public sealed class DL4001 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL4001", DiagnosticLevel.Warning, "Either use Wget or Curl but not both",
        "Use one download tool per stage (curl or wget).") { Equivalent = "hadolint DL4001" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            var runs = stage.Instructions.Where(i => i.Is("RUN")).ToList();
            bool Uses(Instruction run, Func<SimpleCommand, bool> tool) => context.Commands(run).Any(c => tool(c.Unwrap()));
            if (!runs.Any(r => Uses(r, ShellCommandKind.IsCurl)) || !runs.Any(r => Uses(r, ShellCommandKind.IsWget)))
            {
                continue;
            }
            foreach (var run in runs.Where(r => Uses(r, c => c.IsCurl() || c.IsWget())))
            {
                yield return new DockerfileHit(run, $"This stage uses both wget and curl. {Info.Fix}");
            }
        }
    }
}
