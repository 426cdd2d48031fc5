using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Image;

/// <summary>CSEC5010: the base image matches a ContainerSecurityDeniedImage item.</summary>
public sealed class DeniedBaseImageRule : IImageRule
{
    public const string Code = "CSEC5010";

    public RuleInfo Info { get; } = new(Code, DiagnosticLevel.Error, "Base image is denied by the project",
        "Use a base image that no ContainerSecurityDeniedImage item matches; the message gives the item and its Justification. Remove or narrow the item if the image is acceptable after all.");

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        if (context.Policy.DeniedImages.Count == 0 || context.BaseImage is not { } baseImage)
            yield break;
        if (context.Policy.DeniedImages.FirstOrDefault(d => d.Matches(baseImage)) is not { } denied)
            yield break;
        yield return new RuleHit(
            $"Base image {baseImage} is denied by ContainerSecurityDeniedImage '{denied.Pattern}': {denied.Reason}. {Info.Fix}",
            context.Settings.Property("ContainerBaseImage"));
    }
}
