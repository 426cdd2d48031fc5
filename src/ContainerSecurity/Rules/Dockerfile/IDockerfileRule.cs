namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>A check over one parsed Dockerfile.</summary>
public interface IDockerfileRule
{
    RuleInfo Info { get; }

    IEnumerable<DockerfileHit> Check(DockerfileContext context);
}
