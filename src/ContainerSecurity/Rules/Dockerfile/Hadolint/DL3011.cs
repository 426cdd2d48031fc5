using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3011: EXPOSE of a port number no protocol can use.</summary>
public sealed class DL3011 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3011", DiagnosticLevel.Error, "Valid UNIX ports range from 0 to 65535",
        "Expose a port between 0 and 65535, e.g. EXPOSE 8080.") { Equivalent = "hadolint DL3011" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var expose in context.All("EXPOSE"))
        {
            var invalid = expose.Words.Where(IsInvalid).ToList();
            if (invalid.Count > 0)
            {
                yield return new DockerfileHit(expose, $"Valid UNIX ports range from 0 to 65535: {string.Join(", ", invalid)}. {Info.Fix}");
            }
        }
    }

    private static bool IsInvalid(string word)
    {
        var port = word.Split('/')[0];
        return port.Split('-').Any(p => p.Length > 0 && p.All(char.IsAsciiDigit) && (p.Length > 5 || int.Parse(p) > 65535));
    }
}
