using System.Text;

namespace ContainerSecurity.Inventory;

/// <summary>
/// dpkg's database: /var/lib/dpkg/status, and the per-package files distroless and .NET chiseled images keep in
/// /var/lib/dpkg/status.d/ instead, whose stanzas have no Status line because only installed packages are written there.
/// </summary>
public sealed class DpkgStatusAnalyzer : IInventoryAnalyzer
{
    private const string StatusFile = "/var/lib/dpkg/status";
    private const string StatusDirectory = "/var/lib/dpkg/status.d/";
    private const long MaxSize = 256L * 1024 * 1024;

    public string Name => "dpkg";

    public int Version => 1;

    public bool Required(string path, long size) =>
        size <= MaxSize && (path == StatusFile || IsStatusDirectoryFile(path));

    public void Analyze(string path, ReadOnlyMemory<byte> content, InventoryBuilder inventory)
    {
        var inStatusDirectory = IsStatusDirectoryFile(path);
        foreach (var stanza in DebianControlFile.Parse(Encoding.UTF8.GetString(content.Span)))
        {
            if (!stanza.TryGetValue("Package", out var name) || !stanza.TryGetValue("Version", out var version) || name.Length == 0 || version.Length == 0)
            {
                continue;
            }
            var installed = stanza.TryGetValue("Status", out var status) ? IsInstalled(status) : inStatusDirectory;
            if (!installed)
            {
                continue;
            }
            var (sourceName, sourceVersion) = Source(stanza.GetValueOrDefault("Source"), name, version);
            inventory.AddPackage(new PackageRecord
            {
                Name = name,
                Version = version,
                SourceName = sourceName,
                SourceVersion = sourceVersion,
                Architecture = stanza.GetValueOrDefault("Architecture"),
                Type = PackageType.Dpkg,
                FoundAt = path,
                DefaultFamily = OsFamilies.Debian,
            });
        }
    }

    /// <summary>
    /// Status is "want flag state"; only the state tells what is on disk, so "hold ok installed" counts
    /// and "deinstall ok config-files" (removed, configuration kept) does not.
    /// </summary>
    private static bool IsInstalled(string status)
    {
        var words = status.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 3 && words[2] == "installed";
    }

    /// <summary>"glibc (2.36-9)" names the source and its version; a bare "glibc" shares the binary's version, and no Source means the binary is its own source.</summary>
    private static (string Name, string Version) Source(string? field, string binaryName, string binaryVersion)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return (binaryName, binaryVersion);
        }
        var open = field.IndexOf('(');
        var close = field.LastIndexOf(')');
        return open > 0 && close > open
            ? (field[..open].Trim(), field[(open + 1)..close].Trim())
            : (field.Trim(), binaryVersion);
    }

    private static bool IsStatusDirectoryFile(string path) =>
        path.StartsWith(StatusDirectory, StringComparison.Ordinal)
        && path.Length > StatusDirectory.Length
        && path.IndexOf('/', StatusDirectory.Length) < 0
        && !path.EndsWith(".md5sums", StringComparison.Ordinal);
}
