using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1118: `EXPOSE 80/TCP` — protocols are lower case.</summary>
public sealed class CSEC1118 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1118", DiagnosticLevel.Warning, "Protocol in EXPOSE instruction should be lowercase",
        "Write the protocol in lower case, e.g. EXPOSE 8080/tcp.")
    { Equivalent = "BuildKit ExposeProtoCasing" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var expose in context.All("EXPOSE"))
        {
            foreach (var spec in expose.Words.Where(w => w.Contains('/') && !w.Contains('$')))
            {
                var proto = spec[(spec.IndexOf('/') + 1)..];
                if (proto != proto.ToLowerInvariant())
                    yield return new DockerfileHit(expose, $"Defined protocol '{spec}' in EXPOSE instruction should be lowercase. {Info.Fix}");
            }
        }
    }
}
