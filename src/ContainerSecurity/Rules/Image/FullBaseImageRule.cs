using ContainerSecurity.Findings;
using ContainerSecurity.Images.Layers;
using ContainerSecurity.Inventory;

namespace ContainerSecurity.Rules.Image;

/// <summary>
/// CSEC2007: a .NET app ships on a full distribution base (a shell and a package manager in the final image), where
/// the chiseled family would carry a fraction of the OS packages and neither tool. Names the one edit that switches:
/// ContainerFamily noble-chiseled, its -extra variant when the app needs ICU or time zones, -composite for ASP.NET Core.
/// </summary>
public sealed class FullBaseImageRule : IImageRule
{
    public RuleInfo Info { get; } = new("CSEC2007", DiagnosticLevel.Note, "A .NET app ships on a full base image with a shell and a package manager",
        "Set <ContainerFamily>noble-chiseled</ContainerFamily> (noble-chiseled-extra when the app needs ICU or time zones, noble-chiseled-composite for ASP.NET Core), or a -chiseled tag in ContainerBaseImage: no shell, no package manager, a fraction of the OS packages.")
    {
        Since = "0.2",
        Equivalent = "Docker Scout (recommended base image)",
    };

    private static readonly string[] Shells = ["bin/sh", "bin/bash", "bin/dash", "bin/ash", "usr/bin/bash", "usr/bin/sh"];

    private static readonly (string Name, string[] AllOf)[] PackageManagers =
    [
        ("apt", ["usr/bin/dpkg", "usr/bin/apt-get"]),
        ("apk", ["sbin/apk"]),
        ("dnf", ["usr/bin/dnf"]),
        ("microdnf", ["usr/bin/microdnf"]),
        ("tdnf", ["usr/bin/tdnf"]),
        ("yum", ["usr/bin/yum"]),
        ("rpm", ["usr/bin/rpm"]),
    ];

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        if (context.Analysis is not { } analysis || !HoldsDotNetApp(analysis.Inventory))
        {
            yield break;
        }
        var shell = Shells.FirstOrDefault(path => IsFile(analysis.FileSystem.Resolve(path)));
        var manager = PackageManagers.FirstOrDefault(m => m.AllOf.All(path => IsFile(analysis.FileSystem.Resolve(path)))).Name;
        if (shell is null || manager is null)
        {
            yield break;
        }
        var osPackages = analysis.Inventory.Packages.Count(p => p.Type.IsOsPackage());
        var aspNet = analysis.Inventory.Packages.Any(p => p.Type == PackageType.DotNetRuntime && p.Name.StartsWith("Microsoft.AspNetCore.App", StringComparison.OrdinalIgnoreCase));
        yield return new RuleHit(
            $"Image {context.Image.DisplayName} carries a shell (/{shell}), a package manager ({manager}) and {osPackages} OS packages that a .NET app does not run on. {Change(context.Policy.InvariantGlobalization, aspNet)}",
            Location(context));
    }

    /// <summary>The concrete edit: the family the SDK composes into the base image's tag.</summary>
    private static string Change(bool? invariantGlobalization, bool aspNet)
    {
        var family = aspNet ? "noble-chiseled-composite" : "noble-chiseled";
        var why = aspNet ? " (ASP.NET Core precompiled into one composite runtime: the smallest ASP.NET Core image)" : "";
        return invariantGlobalization switch
        {
            true => $"Set <ContainerFamily>{family}</ContainerFamily>{why} for the chiseled base: no shell, no package manager, a fraction of the packages ({family}-extra if the app uses time zones).",
            false => $"Set <ContainerFamily>{family}-extra</ContainerFamily>{why} for the chiseled base with ICU and tzdata, which the app needs (InvariantGlobalization is false): no shell, no package manager, a fraction of the packages.",
            null => $"Set <ContainerFamily>{family}</ContainerFamily>{why} for the chiseled base: no shell, no package manager, a fraction of the packages; use {family}-extra if the app needs ICU (InvariantGlobalization not true) or time zones.",
        };
    }

    /// <summary>Where the base is chosen: the project's ContainerBaseImage or ContainerFamily line, else the project file.</summary>
    private static Findings.SourceLocation? Location(ImageContext context)
    {
        var project = context.Settings.Project;
        var baseImage = context.Settings.Property("ContainerBaseImage");
        return baseImage != project ? baseImage : context.Settings.Property("ContainerFamily");
    }

    /// <summary>An app's deps.json (its NuGet packages or project), not only a runtime installed in the base.</summary>
    private static bool HoldsDotNetApp(Inventory.Inventory inventory) =>
        inventory.Packages.Any(p => p.Type is PackageType.NuGet or PackageType.DotNetProject);

    private static bool IsFile(ImageFile? file) => file is { Kind: FileKind.File };
}
