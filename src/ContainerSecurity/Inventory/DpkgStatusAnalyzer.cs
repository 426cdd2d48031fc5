using System.Text;

namespace ContainerSecurity.Inventory;

/// <summary>
/// dpkg's database: /var/lib/dpkg/status, and the per-package files distroless images keep in /var/lib/dpkg/status.d/
/// instead. A stanza without a Status line is installed: dpkg itself always writes one, and the tools that write dpkg
/// lists for images without dpkg write only what they installed — status.d's files, and the status file that
/// chisel-wrapper --generate-dpkg-status (canonical/rocks-toolbox) builds for .NET's chiseled images by concatenating
/// each cut .deb's control fields. Where a Status line exists, its state decides (config-files, not-installed: not).
/// </summary>
public sealed class DpkgStatusAnalyzer : IInventoryAnalyzer
{
    private const string StatusFile = "/var/lib/dpkg/status";
    private const string StatusDirectory = "/var/lib/dpkg/status.d/";
    private const long MaxSize = 256L * 1024 * 1024;

    public string Name => "dpkg";

    public int Version => 2;

    public bool Required(string path, long size) =>
        size <= MaxSize && (path == StatusFile || IsStatusDirectoryFile(path));

    public void Analyze(string path, ReadOnlyMemory<byte> content, InventoryBuilder inventory)
    {
        var inStatusDirectory = IsStatusDirectoryFile(path);
        var withStatus = 0;
        var withoutStatus = 0;
        foreach (var stanza in DebianControlFile.Parse(Encoding.UTF8.GetString(content.Span)))
        {
            if (!stanza.TryGetValue("Package", out var name) || !stanza.TryGetValue("Version", out var version) || name.Length == 0 || version.Length == 0)
            {
                continue;
            }
            if (stanza.TryGetValue("Status", out var status))
            {
                withStatus++;
                if (!IsInstalled(status))
                {
                    continue;
                }
            }
            else
            {
                withoutStatus++;
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
        if (inStatusDirectory)
        {
            inventory.NoteSource(path, PackageListFormats.DpkgStatusDirectory, StatusDirectory);
        }
        else
        {
            inventory.NoteSource(path, withoutStatus > 0 && withStatus == 0 ? PackageListFormats.ChiselWrapperStatus : PackageListFormats.DpkgStatus);
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
