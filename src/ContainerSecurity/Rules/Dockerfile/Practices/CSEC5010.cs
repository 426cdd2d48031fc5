namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC5010: a FROM image matches a ContainerSecurityDeniedImage item.</summary>
public sealed class CSEC5010 : IDockerfileRule
{
    public RuleInfo Info { get; } = new Image.DeniedBaseImageRule().Info;

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var denied = context.Settings.Image.DeniedImages;
        if (denied.Count == 0)
            yield break;
        foreach (var (stage, image, reference) in PracticeHelpers.ImageStages(context.Document))
        {
            if (reference is null || denied.FirstOrDefault(d => d.Matches(reference)) is not { } match)
                continue;
            yield return new DockerfileHit(stage.From,
                $"Base image {image} is denied by ContainerSecurityDeniedImage '{match.Pattern}': {match.Reason}. {Info.Fix}");
        }
    }
}
