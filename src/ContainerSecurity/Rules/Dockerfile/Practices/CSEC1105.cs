using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1105: EXPOSE 22 — an SSH server in a container is a back door; use docker exec / kubectl exec.</summary>
public sealed class CSEC1105 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1105", DiagnosticLevel.Warning, "Port 22 (SSH) is exposed",
        "Remove EXPOSE 22 and the SSH server; use docker exec or kubectl exec to get into a container.")
    { Equivalent = "Trivy DS004" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var expose in context.All("EXPOSE"))
        {
            if (expose.Words.Any(Covers22))
                yield return new DockerfileHit(expose, $"EXPOSE {expose.Arguments} exposes port 22 (SSH). {Info.Fix}");
        }
    }

    private static bool Covers22(string spec)
    {
        var port = spec.Split('/')[0];
        var range = port.Split('-');
        if (range.Length == 2 && int.TryParse(range[0], out var low) && int.TryParse(range[1], out var high))
            return low <= 22 && 22 <= high;
        return int.TryParse(port, out var single) && single == 22;
    }
}
