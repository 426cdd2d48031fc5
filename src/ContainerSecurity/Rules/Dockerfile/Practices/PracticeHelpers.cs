using ContainerSecurity.Dockerfile;
using ContainerSecurity.Images;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>What several practice rules need: stage ancestry, base images with meta ARGs expanded, package installs.</summary>
internal static class PracticeHelpers
{
    /// <summary>The stage and the earlier stages it is built FROM, oldest first.</summary>
    public static IReadOnlyList<Stage> Ancestry(DockerfileDocument document, Stage stage)
    {
        var chain = new List<Stage> { stage };
        for (var current = stage; chain.Count <= document.Stages.Count;)
        {
            var parent = document.Stages.Take(current.Index).LastOrDefault(s => s.Name is { } name && name.Equals(current.BaseImage, StringComparison.OrdinalIgnoreCase));
            if (parent is null)
                break;
            chain.Insert(0, parent);
            current = parent;
        }
        return chain;
    }

    /// <summary>Whether the stage is built FROM an earlier stage rather than an image.</summary>
    public static bool FromStage(DockerfileDocument document, Stage stage) =>
        document.Stages.Take(stage.Index).Any(s => s.Name is { } name && name.Equals(stage.BaseImage, StringComparison.OrdinalIgnoreCase));

    /// <summary>Each stage built from an image (not scratch, not an earlier stage), with the meta ARGs expanded; null when a variable is left.</summary>
    public static IEnumerable<(Stage Stage, string Image, ImageReference? Reference)> ImageStages(DockerfileDocument document)
    {
        var scopes = VariableScopes.Compute(document);
        foreach (var stage in document.Stages)
        {
            if (FromStage(document, stage))
                continue;
            var image = scopes.Stages[stage.Index].BaseImage.Trim();
            if (image.Length == 0 || image.Equals("scratch", StringComparison.OrdinalIgnoreCase) || image.Contains('$'))
                continue;
            yield return (stage, image, ImageReference.Parse(image));
        }
    }

    public static string NormalizeRegistry(string registry)
    {
        var r = registry.Trim().TrimEnd('/').ToLowerInvariant();
        if (r.StartsWith("https://", StringComparison.Ordinal))
            r = r[8..];
        return r is "index.docker.io" or "registry-1.docker.io" or "registry.hub.docker.com" ? "docker.io" : r;
    }

    private static readonly Dictionary<string, string[]> InstallSubcommands = new(StringComparer.Ordinal)
    {
        ["apt-get"] = ["install"],
        ["apt"] = ["install"],
        ["apk"] = ["add"],
        ["yum"] = ["install", "groupinstall", "localinstall"],
        ["dnf"] = ["install"],
        ["microdnf"] = ["install"],
        ["zypper"] = ["install", "in"],
    };

    /// <summary>The package names a package-manager install command installs (versions stripped); empty for other commands.</summary>
    public static IReadOnlyList<string> InstalledPackages(SimpleCommand command)
    {
        command = command.Unwrap();
        var subcommands = InstallSubcommands.FirstOrDefault(m => command.Is(m.Key)).Value;
        if (subcommands is null || command.Subcommand is not { } sub || !subcommands.Contains(sub))
            return [];
        return command.PackageArguments()
            .Where(p => !p.Contains('$') && !p.Contains('/'))
            .Select(p => p.Split('=', '<', '>', '~')[0])
            .Where(p => p.Length > 0)
            .ToList();
    }

    /// <summary>The keyword as written in the file (its case).</summary>
    public static string WrittenKeyword(Instruction instruction)
    {
        var text = instruction.Original.TrimStart();
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
            end++;
        return text[..end];
    }
}
