using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3026: FROM an image outside the trusted registries (inactive while none are configured).</summary>
/// <remarks>As hadolint: an image without a registry counts as docker.io (allowed when docker.io or hub.docker.com is
/// trusted); scratch and earlier stage names are always allowed; <c>*</c> and <c>*.example.com</c> patterns match.</remarks>
public sealed class DL3026 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3026", DiagnosticLevel.Error, "Use only an allowed registry in the FROM image",
        "Pull the image from one of the trusted registries (trustedRegistries in .hadolint.yaml or the project setting).") { Equivalent = "hadolint DL3026" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var allowed = context.Settings.TrustedRegistries.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (allowed.Count == 0)
        {
            yield break;
        }
        var aliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in context.Document.Stages)
        {
            var (registry, name) = Split(stage.BaseImage);
            var ok = aliases.Contains(name) || (registry is null
                ? name == "scratch" || IsAllowed(allowed, "docker.io") || IsAllowed(allowed, "hub.docker.com")
                : IsAllowed(allowed, registry));
            if (stage.Name is { } alias)
            {
                aliases.Add(alias);
            }
            if (!ok)
            {
                yield return new DockerfileHit(stage.From, $"Use only an allowed registry in the FROM image: '{stage.BaseImage}' comes from {registry ?? "docker.io"}. {Info.Fix}");
            }
        }
    }

    /// <summary>hadolint's matching: the registry itself, <c>*</c> for any, or <c>*.example.com</c> for its subdomains.</summary>
    private static bool IsAllowed(HashSet<string> allowed, string registry) =>
        allowed.Contains(registry) || allowed.Contains("*")
        || allowed.Any(p => p.StartsWith("*.", StringComparison.Ordinal) && registry.EndsWith(p[1..], StringComparison.OrdinalIgnoreCase));

    private static (string? Registry, string Name) Split(string image)
    {
        var at = image.IndexOf('@');
        var reference = at >= 0 ? image[..at] : image;
        var slash = reference.IndexOf('/');
        string? registry = null;
        if (slash > 0 && reference[..slash] is var first && (first.Contains('.') || first.Contains(':') || first == "localhost"))
        {
            registry = first;
            reference = reference[(slash + 1)..];
        }
        var colon = reference.LastIndexOf(':');
        var name = colon > reference.LastIndexOf('/') ? reference[..colon] : reference;
        return (registry, name);
    }
}
