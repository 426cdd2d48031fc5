using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Image;

/// <summary>CSEC2005: the image is bigger than the project allows; big images pull slowly and carry more to attack.</summary>
public sealed class ImageSizeRule : IImageRule
{
    public RuleInfo Info { get; } = new("CSEC2005", DiagnosticLevel.Warning, "The image is bigger than ContainerSecurityMaxImageSizeMB",
        "Use a smaller base image (a -slim, -alpine or -chiseled variant), trim the app (PublishTrimmed), or raise ContainerSecurityMaxImageSizeMB.");

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        var limit = context.Policy.MaxImageSizeMB;
        var bytes = context.Image.Layers.Sum(l => l.Size);
        if (limit <= 0 || bytes <= limit * 1024L * 1024)
        {
            yield break;
        }
        yield return new RuleHit($"Image {context.Image.DisplayName} is {bytes / (1024.0 * 1024):F0} MB compressed, more than the {limit} MB allowed. {Info.Fix}",
            context.Settings.Property("ContainerSecurityMaxImageSizeMB"));
    }
}
