using ContainerSecurity.Findings;
using ContainerSecurity.Inventory;

namespace ContainerSecurity.Rules.Image;

/// <summary>
/// CSEC5009: the image's distribution release or its .NET runtime is past the end of its security support, so
/// vulnerabilities found from now on will not be fixed in it. Judged on the scan's clock (ImageSettings.Now).
/// </summary>
public sealed class EndOfLifeBaseRule : IImageRule
{
    public RuleInfo Info { get; } = new("CSEC5009", DiagnosticLevel.Error, "The base image's distribution or .NET runtime is past its end of support",
        "Move ContainerBaseImage to a supported release of the distribution, and target a supported .NET version (TargetFramework) with a base image of the same version.")
    {
        Since = "0.2",
        Equivalent = "Trivy (EOSL OS detection)",
    };

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        if (context.Analysis?.Inventory is not { } inventory)
        {
            yield break;
        }
        var today = DateOnly.FromDateTime((context.Policy.Now ?? DateTimeOffset.UtcNow).UtcDateTime);
        var location = context.Settings.Property("ContainerBaseImage");
        if (EndOfLifeDates.ForDistribution(inventory.Os) is { } release && release.EndOfSupport < today)
        {
            yield return new RuleHit($"{release.Name} left security support on {release.EndOfSupport:yyyy-MM-dd}; move ContainerBaseImage to a supported release such as {release.Successors}.", location);
        }
        foreach (var channel in DotNetChannels(inventory))
        {
            if (EndOfLifeDates.ForDotNet(channel) is { } end && end < today)
            {
                yield return new RuleHit($"The .NET {channel} runtime left support on {end:yyyy-MM-dd}; target net{EndOfLifeDates.NewestDotNet} and use a .NET {EndOfLifeDates.NewestDotNet.Split('.')[0]} base image.", location);
            }
        }
    }

    /// <summary>One channel per .NET version present: an ASP.NET Core image carries the runtime and ASP.NET Core of the same version.</summary>
    private static IEnumerable<string> DotNetChannels(Inventory.Inventory inventory) => inventory.Packages
        .Where(p => p.Type == PackageType.DotNetRuntime)
        .Select(p => EndOfLifeDates.MajorMinor(p.Version))
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal);
}
