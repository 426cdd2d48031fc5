using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3025: shell-form CMD and ENTRYPOINT run under /bin/sh -c, so the process does not get signals.</summary>
public sealed class DL3025 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3025", DiagnosticLevel.Warning, "Use arguments JSON notation for CMD and ENTRYPOINT arguments",
        "Use the exec form, e.g. ENTRYPOINT [\"dotnet\", \"app.dll\"].") { Equivalent = "hadolint DL3025" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var instruction in context.Instructions.Where(i => (i.Is("CMD") || i.Is("ENTRYPOINT")) && !i.IsJsonForm))
        {
            yield return new DockerfileHit(instruction, $"Use arguments JSON notation for {instruction.Keyword} arguments. {Info.Fix}");
        }
    }
}
