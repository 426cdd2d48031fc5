namespace ContainerSecurity.Inventory;

/// <summary>
/// dpkg's per-package file lists, /var/lib/dpkg/info/NAME[:ARCH].list: notes which npm and Python metadata files apt
/// installed, so a Debian python3-* package is reported once, as the dpkg package its advisories are filed under.
/// </summary>
public sealed class DpkgFileListAnalyzer : IInventoryAnalyzer
{
    private const string Folder = "/var/lib/dpkg/info/";
    private const long MaxSize = 64L * 1024 * 1024;

    public string Name => "dpkg-files";

    public int Version => 1;

    public bool Required(string path, long size) =>
        size <= MaxSize && path.StartsWith(Folder, StringComparison.Ordinal) && path.EndsWith(".list", StringComparison.Ordinal)
        && path.IndexOf('/', Folder.Length) < 0;

    public void Analyze(string path, ReadOnlyMemory<byte> content, InventoryBuilder inventory) =>
        inventory.AddOwnedFiles(path, OwnedMetadata(System.Text.Encoding.UTF8.GetString(content.Span).Split('\n').Select(l => l.TrimEnd('\r'))));

    internal static IEnumerable<string> OwnedMetadata(IEnumerable<string> files) => files.Where(LanguagePackageFiles.IsMetadata);
}
