using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Image;

/// <summary>CSEC5005: the base image is named by a tag, not a digest, so the same build can get different bytes.</summary>
public sealed class UnpinnedBaseRule : IImageRule
{
    public RuleInfo Info { get; } = new("CSEC5005", DiagnosticLevel.Note, "Base image not pinned by digest",
        "Pin the base image: ContainerBaseImage=registry/name:tag@sha256:<digest>, and let a bot (Dependabot, Renovate) move the pin.");

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        if (context.BaseImage is { Digest: null } baseImage)
        {
            yield return new RuleHit($"Base image {baseImage} is not pinned by digest. {Info.Fix}", context.Settings.Property("ContainerBaseImage"));
        }
    }
}
