using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1107: the final stage defines no HEALTHCHECK, so Docker cannot tell a hung app from a healthy one.</summary>
public sealed class CSEC1107 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1107", DiagnosticLevel.Note, "No HEALTHCHECK in the final stage",
        "Add a HEALTHCHECK (e.g. HEALTHCHECK CMD [\"/app/healthcheck\"]), or HEALTHCHECK NONE when the orchestrator probes the app (Kubernetes liveness/readiness probes).")
    { Equivalent = "Trivy DS026" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        if (context.FinalStage is not { } final)
            yield break;
        if (!PracticeHelpers.Ancestry(context.Document, final).SelectMany(s => s.Instructions).Any(i => i.Is("HEALTHCHECK")))
            yield return new DockerfileHit(final.From, $"The final stage has no HEALTHCHECK. {Info.Fix}");
    }
}
