using System.Text;

namespace ContainerSecurity.Inventory;

/// <summary>
/// apk's installed database, /lib/apk/db/installed (/usr/lib/apk/db/installed where /lib is merged into /usr):
/// one-letter "X:value" lines per package, a blank line between packages.
/// </summary>
public sealed class ApkInstalledAnalyzer : IInventoryAnalyzer
{
    private static readonly HashSet<string> DatabaseFiles = ["/lib/apk/db/installed", "/usr/lib/apk/db/installed"];
    private const long MaxSize = 256L * 1024 * 1024;

    public string Name => "apk";

    public int Version => 2;

    public bool Required(string path, long size) => size <= MaxSize && DatabaseFiles.Contains(path);

    public void Analyze(string path, ReadOnlyMemory<byte> content, InventoryBuilder inventory)
    {
        string? name = null, version = null, arch = null, origin = null, folder = null;
        var owned = new List<string>();
        foreach (var rawLine in Encoding.UTF8.GetString(content.Span).Split('\n').Append(""))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0)
            {
                if (name is not null && version is not null)
                {
                    inventory.AddPackage(new PackageRecord
                    {
                        Name = name,
                        Version = version,
                        // An origin package builds its subpackages at its own version.
                        SourceName = origin ?? name,
                        SourceVersion = version,
                        Architecture = arch,
                        Type = PackageType.Apk,
                        FoundAt = path,
                        DefaultFamily = OsFamilies.Alpine,
                    });
                }
                name = version = arch = origin = folder = null;
                continue;
            }
            if (line.Length < 2 || line[1] != ':')
            {
                continue;
            }
            var value = line[2..];
            switch (line[0])
            {
                case 'P': name = value; break;
                case 'V': version = value; break;
                case 'A': arch = value; break;
                case 'o': origin = value; break;
                // F: a folder, R: a file in it: what the package installed, relative to /.
                case 'F': folder = value; break;
                case 'R' when folder is not null && LanguagePackageFiles.IsMetadata($"/{folder}/{value}"): owned.Add($"/{folder}/{value}"); break;
            }
        }
        inventory.AddOwnedFiles(path, owned);
    }
}
