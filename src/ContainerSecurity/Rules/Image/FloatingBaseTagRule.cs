using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Image;

/// <summary>CSEC5004: the base image is named by `latest` or no tag, so every build may get a different base.</summary>
public sealed class FloatingBaseTagRule : IImageRule
{
    public RuleInfo Info { get; } = new("CSEC5004", DiagnosticLevel.Warning, "Base image uses the latest tag or no tag",
        "Name a specific version in ContainerBaseImage (e.g. mcr.microsoft.com/dotnet/runtime:10.0), or pin it by digest (@sha256:...).");

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        if (context.BaseImage is not { Digest: null } baseImage || (baseImage.Tag is not null && baseImage.Tag != "latest"))
        {
            yield break;
        }
        var how = baseImage.Tag is null ? "has no tag (so it means latest)" : "uses the latest tag";
        yield return new RuleHit($"Base image {baseImage} {how}: each build may pick up a different base. {Info.Fix}", context.Settings.Property("ContainerBaseImage"));
    }
}
