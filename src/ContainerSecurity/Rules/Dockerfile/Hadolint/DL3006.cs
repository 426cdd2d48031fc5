using ContainerSecurity.Findings;
using ContainerSecurity.Images;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3006: a FROM image without a tag means whatever `latest` is on build day.</summary>
public sealed class DL3006 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3006", DiagnosticLevel.Warning, "Always tag the version of an image explicitly",
        "Add a tag to the image, e.g. FROM mcr.microsoft.com/dotnet/aspnet:10.0, or pin it by digest.") { Equivalent = "hadolint DL3006" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var stageNames = context.Document.Stages.Select(s => s.Name).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in context.Document.Stages)
        {
            var image = stage.BaseImage;
            if (image == "scratch" || stageNames.Contains(image) || image.Contains('$'))
            {
                continue;
            }
            if (ImageReference.Parse(image) is { Tag: null, Digest: null })
            {
                yield return new DockerfileHit(stage.From, $"Always tag the version of an image explicitly: '{image}' has no tag. {Info.Fix}");
            }
        }
    }
}
