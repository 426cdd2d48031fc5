using ContainerSecurity.Findings;
using ContainerSecurity.Inventory;

namespace ContainerSecurity.Rules.Image;

/// <summary>CSEC2002: the image carries a package it does not need at run time.</summary>
public sealed class UnnecessaryPackageRule : IImageRule
{
    public RuleInfo Info { get; } = new("CSEC2002", DiagnosticLevel.Warning, "The image carries a package it does not need",
        "Use a base image without it (a -slim, chiseled or distroless variant), or remove it in the layer that installs it. If the app needs it, list it in <ContainerSecurityAllowedPackage Include=\"NAME\" />.");

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        if (context.Analysis is not { } analysis)
        {
            yield break;
        }
        var unwanted = UnnecessaryPackages.For(context.Policy);
        foreach (var package in analysis.Inventory.Packages.Where(p => p.Type.IsOsPackage() && unwanted.Contains(p.Name)))
        {
            var origin = analysis.Origin(package);
            var where = origin is null ? "" : $" (layer {origin.LayerIndex + 1}, {(origin.FromBaseImage ? "from the base image" : "added by the app's layers")})";
            yield return new RuleHit(
                $"Image {context.Image.DisplayName} carries {package.Name} {package.Version}{where}, which a production container does not need. {Info.Fix}",
                origin?.FromBaseImage == false ? context.Settings.Project : context.Settings.Property("ContainerBaseImage"));
        }
    }
}
