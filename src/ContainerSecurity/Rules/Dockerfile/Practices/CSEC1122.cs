using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>
/// CSEC1122: COPY/ADD of a path the .dockerignore excludes — the build fails or copies less than the author thinks.
/// Reads <c>&lt;Dockerfile&gt;.dockerignore</c> or <c>.dockerignore</c> next to the Dockerfile (the usual build context).
/// </summary>
public sealed class CSEC1122 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1122", DiagnosticLevel.Warning, "Copying a file that .dockerignore excludes",
        "Remove the path from .dockerignore (or add a !exception), or stop copying it.")
    { Equivalent = "BuildKit CopyIgnoredFile" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        // A .dockerignore Docker rejects fails every build (CSEC1003 says which line): what it would exclude is unknown.
        if (context.Document.Path is not { } path || DockerIgnore.Load(path) is not { } ignore || ignore.BadLines.Count > 0)
            yield break;
        foreach (var copy in context.Instructions.Where(i => i.Is("COPY") || i.Is("ADD")))
        {
            var arguments = CopyArguments.Of(copy);
            if (copy.Flag("from") is not null || copy.Heredocs.Count > 0 || arguments.Target is null)
                continue;
            foreach (var source in arguments.Sources.Where(s => !s.Contains("://", StringComparison.Ordinal) && !s.Contains('$')))
            {
                if (ignore.Excludes(source))
                    yield return new DockerfileHit(copy, $"Attempting to {copy.Keyword} '{source}', which {ignore.Name} excludes. {Info.Fix}");
            }
        }
    }
}
