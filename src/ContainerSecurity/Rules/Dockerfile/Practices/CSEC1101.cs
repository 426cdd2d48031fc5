using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1101: the final stage runs as root, so a compromised app owns the container.</summary>
public sealed class CSEC1101 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1101", DiagnosticLevel.Error, "The final stage runs as root",
        "Add a non-root USER at the end of the final stage, e.g. USER app (the .NET images' non-root user) or USER 1654, and create the user first if the base image has none.")
    { Equivalent = "hadolint DL3002, Trivy DS002" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        if (context.FinalStage is not { } final)
            yield break;
        var users = PracticeHelpers.Ancestry(context.Document, final).SelectMany(s => s.Instructions).Where(i => i.Is("USER")).ToList();
        if (users.Count == 0 && KnownNonRoot(context, final))
            yield break;
        if (users.Count == 0)
        {
            yield return new DockerfileHit(final.From, $"The final stage has no USER instruction, so the container runs as root. {Info.Fix}");
            yield break;
        }
        var last = users[^1];
        var user = last.Arguments.Trim();
        if (!RootUser.IsNamed(user))
            yield break;
        var switchedBack = users.Take(users.Count - 1).Any(u => !RootUser.IsNamed(u.Arguments) && !u.Arguments.Contains('$'));
        var what = switchedBack ? $"switches back to root (USER {user}) after a non-root USER" : $"runs as root (USER {user})";
        yield return new DockerfileHit(last, $"The final stage {what}. {Info.Fix}");
    }

    /// <summary>Base images whose configured user is non-root: .NET chiseled images (app, 1654) and distroless/nonroot tags.</summary>
    private static bool KnownNonRoot(DockerfileContext context, ContainerSecurity.Dockerfile.Stage final)
    {
        var root = PracticeHelpers.Ancestry(context.Document, final)[0];
        var image = PracticeHelpers.ImageStages(context.Document).FirstOrDefault(s => s.Stage == root);
        if (image.Reference is not { } reference)
            return false;
        var tag = reference.Tag ?? "";
        return reference.Registry.Equals("mcr.microsoft.com", StringComparison.OrdinalIgnoreCase) && reference.Repository.StartsWith("dotnet/", StringComparison.Ordinal) && tag.Contains("chiseled", StringComparison.Ordinal)
            || tag == "nonroot" || tag.EndsWith("-nonroot", StringComparison.Ordinal);
    }
}
