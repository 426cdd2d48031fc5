using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1119: `EXPOSE 0.0.0.0:80:80` or `EXPOSE 8080:80` — an image cannot publish host ports or bind addresses; only the container port counts.</summary>
public sealed class CSEC1119 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1119", DiagnosticLevel.Warning, "IP address and host-port mapping should not be used in EXPOSE instruction",
        "EXPOSE only the container port (EXPOSE 80); publish and map it at run time (docker run -p 8080:80).")
    { Equivalent = "BuildKit ExposeInvalidFormat" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var expose in context.All("EXPOSE"))
        {
            foreach (var spec in expose.Words.Where(w => w.Contains(':') && !w.StartsWith('$')))
                yield return new DockerfileHit(expose, $"EXPOSE '{spec}' should not define an IP address or host-port mapping, found ':'. {Info.Fix}");
        }
    }
}
