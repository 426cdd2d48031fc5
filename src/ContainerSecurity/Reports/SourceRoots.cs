namespace ContainerSecurity.Reports;

/// <summary>
/// The directory report paths are relative to. GitHub code scanning needs repository-relative paths, so the nearest
/// parent holding <c>.git</c> (a folder, or a file in a worktree) wins; else the directory of the file itself.
/// </summary>
public static class SourceRoots
{
    public static string? Find(string? projectOrDockerfile)
    {
        if (string.IsNullOrEmpty(projectOrDockerfile))
        {
            return null;
        }
        var start = Path.GetDirectoryName(Path.GetFullPath(projectOrDockerfile));
        for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var git = Path.Combine(dir, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return dir;
            }
        }
        return start;
    }

    /// <summary>The path relative to <paramref name="root"/> with forward slashes, or null when it lies outside.</summary>
    public static string? Relative(string root, string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Path.GetFullPath(root), full);
        if (relative == "." || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }
        return relative.Replace('\\', '/');
    }
}
