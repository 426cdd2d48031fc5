using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL4001: a stage that uses both wget and curl; reported at each RUN using either once both have been seen.</summary>
public sealed class DL4001 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL4001", DiagnosticLevel.Warning, "Either use Wget or Curl but not both",
        "Use one download tool per stage (curl or wget).") { Equivalent = "hadolint DL4001" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            bool curl = false, wget = false;
            foreach (var run in stage.Instructions.Where(i => i.Is("RUN")))
            {
                var commands = context.Commands(run).Select(c => c.Unwrap()).ToList();
                var usesCurl = commands.Any(c => c.IsCurl());
                var usesWget = commands.Any(c => c.IsWget());
                curl |= usesCurl;
                wget |= usesWget;
                if ((usesCurl || usesWget) && curl && wget)
                {
                    yield return new DockerfileHit(run, $"This stage uses both wget and curl. {Info.Fix}");
                }
            }
        }
    }
}
