using ContainerSecurity.Images;

namespace ContainerSecurity.Signing;

/// <summary>
/// A ContainerSecurityBaseImageSigner item: base images under <see cref="Scope"/> (REGISTRY or REGISTRY/REPOSITORY-PREFIX)
/// must carry a cosign signature that <see cref="PublicKey"/> (a PEM file) verifies. Several items for one scope: any key may verify.
/// </summary>
public sealed record BaseImageSigner(string Scope, string PublicKey)
{
    /// <summary>Whether the image's registry/repository is the scope or lies under it (whole path segments).</summary>
    public bool Covers(ImageReference image)
    {
        var scope = ImageReference.Parse(Scope.Trim().TrimEnd('/') + "/x");
        if (scope is null)
            return false;
        var registryOnly = !Scope.Trim().TrimEnd('/').Contains('/');
        if (!Normalize(scope.Registry).Equals(Normalize(image.Registry), StringComparison.OrdinalIgnoreCase))
            return false;
        if (registryOnly)
            return true;
        var prefix = scope.Repository[..^2];
        return image.Repository.Equals(prefix, StringComparison.OrdinalIgnoreCase)
            || image.Repository.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string registry) =>
        registry.ToLowerInvariant() is "index.docker.io" or "registry-1.docker.io" or "registry.hub.docker.com" ? "docker.io" : registry.ToLowerInvariant();
}
