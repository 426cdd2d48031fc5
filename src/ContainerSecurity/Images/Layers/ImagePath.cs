namespace ContainerSecurity.Images.Layers;

/// <summary>Paths inside an image: absolute, normalized (<c>/usr/lib/x.so</c>), and never above the image root.</summary>
internal static class ImagePath
{
    public const string Root = "/";

    /// <summary>
    /// A layer entry's name as a path, or null when the name leads outside the root (<c>../x</c>, <c>a/../../x</c>) or is
    /// absolute and has a <c>..</c> component (<c>/../x</c>, <c>/a/../x</c>), which no image builder writes.
    /// </summary>
    public static string? FromEntryName(string name) => Normalize(name, clamp: false);

    /// <summary>A path asked for by a caller or named by a hard link: <c>..</c> stops at the root, as it does there.</summary>
    public static string Clamp(string path) => Normalize(path, clamp: true)!;

    private static string? Normalize(string name, bool clamp)
    {
        var span = name.AsSpan();
        var absolute = span.StartsWith('/');
        while (span.StartsWith("./"))
        {
            span = span[2..];
        }
        span = span.Trim('/');
        if (IsSimple(span))
        {
            return span.Length == 0 ? Root
                : absolute && span.Length == name.Length - 1 ? name
                : string.Concat(Root, span);
        }
        var parts = new List<string>();
        foreach (var part in name.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (!clamp && (absolute || parts.Count == 0))
                {
                    return null;
                }
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                continue;
            }
            parts.Add(part);
        }
        return Root + string.Join('/', parts);
    }

    /// <summary>No empty, <c>.</c> or <c>..</c> component: the name is already its normal form.</summary>
    private static bool IsSimple(ReadOnlySpan<char> path)
    {
        foreach (var range in path.Split('/'))
        {
            var part = path[range];
            if (part.IsEmpty && path.Length > 0 || part is "." or "..")
            {
                return false;
            }
        }
        return true;
    }
}
