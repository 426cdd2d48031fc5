namespace ContainerSecurity.Images;

/// <summary>An image name as people write it (registry/repository:tag@digest), with Docker's defaults applied.</summary>
public sealed record ImageReference(string Registry, string Repository, string? Tag, string? Digest)
{
    public static ImageReference? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var rest = text.Trim();
        string? digest = null;
        var at = rest.IndexOf('@');
        if (at >= 0)
        {
            digest = rest[(at + 1)..];
            rest = rest[..at];
        }
        var slash = rest.IndexOf('/');
        var first = slash < 0 ? "" : rest[..slash];
        var hasRegistry = slash > 0 && (first.Contains('.') || first.Contains(':') || first == "localhost");
        var registry = hasRegistry ? first : "docker.io";
        var path = hasRegistry ? rest[(slash + 1)..] : rest;
        string? tag = null;
        var colon = path.LastIndexOf(':');
        if (colon > path.LastIndexOf('/'))
        {
            tag = path[(colon + 1)..];
            path = path[..colon];
        }
        if (registry == "docker.io" && !path.Contains('/'))
        {
            path = "library/" + path;
        }
        return path.Length == 0 ? null : new ImageReference(registry, path, tag, digest);
    }

    public override string ToString() => $"{Registry}/{Repository}" + (Tag is null ? "" : ":" + Tag) + (Digest is null ? "" : "@" + Digest);
}
