using ContainerSecurity.Images;

namespace ContainerSecurity.Rules;

/// <summary>
/// A ContainerSecurityDeniedImage item: an image pattern (registry/repository with <c>*</c> wildcards, an optional
/// tag that may hold wildcards too, an optional digest) and why it is denied. Docker's defaults apply to the pattern as
/// to an image name: <c>nginx</c> means docker.io/library/nginx, every tag.
/// </summary>
public sealed record DeniedImage(string Pattern, string? Justification = null)
{
    /// <summary>Whether the image matches: the name always, the tag and digest only when the pattern has them.</summary>
    public bool Matches(ImageReference image)
    {
        var (name, tag, digest) = Split(Pattern.Trim());
        if (name.Length == 0)
            return false;
        var imageName = Normalize(image.Registry) + "/" + image.Repository;
        if (!Glob(name, imageName))
            return false;
        if (tag is not null && !Glob(tag, image.Tag ?? (image.Digest is null ? "latest" : "")))
            return false;
        return digest is null || string.Equals(digest, image.Digest, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The pattern's full name (registry/repository), tag and digest, with Docker's defaults.</summary>
    private static (string Name, string? Tag, string? Digest) Split(string pattern)
    {
        string? digest = null;
        var at = pattern.IndexOf('@');
        if (at >= 0)
        {
            digest = pattern[(at + 1)..];
            pattern = pattern[..at];
        }
        string? tag = null;
        var colon = pattern.LastIndexOf(':');
        if (colon > pattern.LastIndexOf('/'))
        {
            tag = pattern[(colon + 1)..];
            pattern = pattern[..colon];
        }
        var slash = pattern.IndexOf('/');
        var first = slash < 0 ? "" : pattern[..slash];
        var hasRegistry = slash > 0 && (first.Contains('.') || first.Contains(':') || first.Contains('*') || first == "localhost");
        if (hasRegistry)
            return (Normalize(first) + pattern[slash..], tag, digest);
        return ("docker.io/" + (slash < 0 && !pattern.Contains('*') ? "library/" : "") + pattern, tag, digest);
    }

    private static string Normalize(string registry)
    {
        var r = registry.Trim().TrimEnd('/').ToLowerInvariant();
        return r is "index.docker.io" or "registry-1.docker.io" or "registry.hub.docker.com" ? "docker.io" : r;
    }

    /// <summary><c>*</c> matches any run of characters (slashes too); everything else literally, ignoring case.</summary>
    internal static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] != '*' && char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
            p++;
        return p == pattern.Length;
    }

    /// <summary>The sentence a finding ends with: the justification the project wrote, or that none was given.</summary>
    public string Reason => string.IsNullOrWhiteSpace(Justification) ? "no justification was given" : Justification!.Trim();
}
