using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1109: WORKDIR inside a system directory (/proc, /sys, /dev, /boot...) invites container breakouts and breaks the app.</summary>
public sealed class CSEC1109 : IDockerfileRule
{
    private static readonly string[] SystemDirs = ["/proc", "/sys", "/dev", "/boot", "/initrd", "/lost+found"];

    public RuleInfo Info { get; } = new("CSEC1109", DiagnosticLevel.Warning, "WORKDIR is a system directory",
        "Use an application directory such as WORKDIR /app.")
    { Equivalent = "Trivy DS030" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var workdir in context.All("WORKDIR"))
        {
            var path = workdir.Arguments.Trim().Trim('"', '\'').TrimEnd('/');
            if (SystemDirs.Any(d => path.Equals(d, StringComparison.Ordinal) || path.StartsWith(d + "/", StringComparison.Ordinal)))
                yield return new DockerfileHit(workdir, $"WORKDIR {path} is inside a system directory. {Info.Fix}");
        }
    }
}
