namespace ContainerSecurity.Images.Layers;

/// <summary>
/// Path resolution as the kernel does it in a chroot at the image root: symlinks anywhere in the path are followed,
/// absolute targets start again at the root, <c>..</c> stops at the root, and more than 40 links (Linux's MAXSYMLINKS)
/// mean a loop.
/// </summary>
internal static class LinkResolver
{
    private const int MaxLinks = 40;

    /// <param name="followFinalHardLink">
    /// Whether a hard link at the end of the path leads on to the path it names, or is itself the answer (its content is
    /// the bytes it was linked to, whatever later layers did to that path).
    /// </param>
    public static FileEntry? Walk(Dictionary<string, FileEntry> files, string path, bool followFinalHardLink)
    {
        var pending = new Stack<string>();
        Push(pending, path);
        var current = "";
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                current = current[..Math.Max(current.LastIndexOf('/'), 0)];
                continue;
            }
            var candidate = current + "/" + part;
            if (files.TryGetValue(candidate, out var entry)
                && (entry.File.Kind == FileKind.Symlink || entry.File.Kind == FileKind.HardLink && (followFinalHardLink || pending.Count > 0)))
            {
                var target = entry.File.LinkTarget;
                if (++links > MaxLinks || string.IsNullOrEmpty(target))
                {
                    return null;
                }
                if (target[0] == '/')
                {
                    current = "";
                }
                Push(pending, target);
                continue;
            }
            current = candidate;
        }
        return current.Length > 0 && files.TryGetValue(current, out var found) ? found : null;
    }

    private static void Push(Stack<string> pending, string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (parts[i] != ".")
            {
                pending.Push(parts[i]);
            }
        }
    }
}
