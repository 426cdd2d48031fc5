using ContainerSecurity.Findings;
using ContainerSecurity.Images;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1103: the final stage uses a heavy base image where a slim, alpine or chiseled variant exists.</summary>
public sealed class CSEC1103 : IDockerfileRule
{
    private static readonly string[] SmallTags = ["slim", "alpine", "chiseled", "distroless", "minimal", "busybox"];

    public RuleInfo Info { get; } = new("CSEC1103", DiagnosticLevel.Note, "A smaller base image exists",
        "Build in the full image and run on the smaller variant: fewer packages mean fewer vulnerabilities and a smaller attack surface.");

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        if (context.FinalStage is not { } final)
            yield break;
        foreach (var (stage, image, reference) in PracticeHelpers.ImageStages(context.Document))
        {
            if (stage != final || reference is null || Suggest(reference) is not { } suggestion)
                continue;
            yield return new DockerfileHit(stage.From, $"The final stage is based on {image}; {suggestion}. {Info.Fix}");
        }
    }

    private static string? Suggest(ImageReference image)
    {
        var tag = image.Tag ?? "latest";
        var registry = PracticeHelpers.NormalizeRegistry(image.Registry);
        if (registry == "mcr.microsoft.com" && image.Repository == "dotnet/sdk")
            return "the SDK image carries compilers and tools the app does not need at run time: publish in an SDK stage and run on mcr.microsoft.com/dotnet/aspnet, runtime or runtime-deps (ideally -noble-chiseled)";
        if (SmallTags.Any(s => tag.Contains(s, StringComparison.OrdinalIgnoreCase)))
            return null;
        // The version part of a variant tag: 10.0 of 10.0-noble, 3.13 of 3.13-bookworm, 22 of 22-bookworm.
        var version = tag == "latest" ? "<version>" : tag.Split('-')[0];
        return (registry, image.Repository) switch
        {
            ("mcr.microsoft.com", "dotnet/sdk") => "the SDK image carries compilers and tools the app does not need at run time: publish in an SDK stage and run on mcr.microsoft.com/dotnet/aspnet, runtime or runtime-deps (ideally -noble-chiseled)",
            ("mcr.microsoft.com", "dotnet/aspnet" or "dotnet/runtime" or "dotnet/runtime-deps") => $"use {image.Repository}:{version}-noble-chiseled (no shell, no package manager, non-root) or {image.Repository}:{version}-alpine",
            ("docker.io", "library/debian") => $"use debian:{version}-slim",
            ("docker.io", "library/ubuntu") => "use a smaller base such as debian:<version>-slim, alpine, or a chiseled Ubuntu image",
            ("docker.io", "library/python") => $"use python:{version}-slim (or -alpine)",
            ("docker.io", "library/node") => $"use node:{version}-alpine or node:{version}-slim",
            ("docker.io", "library/golang") => "the Go toolchain is not needed at run time: build in a golang stage and copy the binary onto scratch, distroless or alpine",
            ("docker.io", "library/openjdk" or "library/maven" or "library/gradle") => "run on a JRE-only image such as eclipse-temurin:<version>-jre-alpine instead of a JDK/build-tool image",
            _ => null,
        };
    }
}
