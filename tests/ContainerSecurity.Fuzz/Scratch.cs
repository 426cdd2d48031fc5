namespace ContainerSecurity.Fuzz;

/// <summary>A per-process scratch folder on tmpfs where inputs become files, as the product reads files.</summary>
internal static class Scratch
{
    public static string Directory { get; } = CreateDirectory();

    private static string CreateDirectory()
    {
        var root = System.IO.Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var path = Path.Combine(root, $"csec-fuzz-{Environment.ProcessId}");
        System.IO.Directory.CreateDirectory(path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(path, recursive: true);
        return path;
    }

    public static string File(string name, byte[] content)
    {
        var path = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>An empty folder for one input.</summary>
    public static string Folder(string name)
    {
        var path = Path.Combine(Directory, name);
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        System.IO.Directory.CreateDirectory(path);
        return path;
    }
}
