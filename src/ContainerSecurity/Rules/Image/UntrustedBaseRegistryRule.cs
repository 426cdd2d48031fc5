using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Image;

/// <summary>CSEC5001: the base image comes from a registry the project does not trust.</summary>
public sealed class UntrustedBaseRegistryRule : IImageRule
{
    public RuleInfo Info { get; } = new("CSEC5001", DiagnosticLevel.Error, "Base image not from a trusted registry",
        "Use a base image from one of the registries in ContainerSecurityTrustedRegistries, or add its registry there if it is trusted.");

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        if (context.Policy.TrustedRegistries.Count == 0 || context.BaseImage is not { } baseImage)
        {
            yield break;
        }
        if (context.Policy.TrustedRegistries.Any(r => r.Trim().TrimEnd('/').Equals(baseImage.Registry, StringComparison.OrdinalIgnoreCase)))
        {
            yield break;
        }
        yield return new RuleHit(
            $"Base image {baseImage} comes from {baseImage.Registry}, which is not in ContainerSecurityTrustedRegistries ({string.Join(", ", context.Policy.TrustedRegistries)}). {Info.Fix}",
            context.Settings.Property("ContainerBaseImage"));
    }
}
