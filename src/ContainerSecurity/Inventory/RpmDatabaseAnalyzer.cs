using ContainerSecurity.Inventory.RpmDb;

namespace ContainerSecurity.Inventory;

/// <summary>
/// rpm's package database in any of its three formats, told apart by content rather than name:
/// SQLite rpmdb.sqlite (rpm 4.16+: Fedora, RHEL 9, Azure Linux), ndb Packages.db (SUSE), BerkeleyDB Packages (RHEL 8 and older).
/// Every format stores one header blob per package.
/// </summary>
public sealed class RpmDatabaseAnalyzer : IInventoryAnalyzer
{
    private const long MaxSize = 1024L * 1024 * 1024;
    private static readonly HashSet<string> DatabaseFiles =
    [
        .. from directory in new[] { "/var/lib/rpm/", "/usr/lib/sysimage/rpm/", "/usr/share/rpm/" }
           from file in new[] { "rpmdb.sqlite", "Packages.db", "Packages" }
           select directory + file,
    ];

    public string Name => "rpmdb";

    public int Version => 2;

    public bool Required(string path, long size) =>
        size <= MaxSize && DatabaseFiles.Contains(path);

    public void Analyze(string path, ReadOnlyMemory<byte> content, InventoryBuilder inventory)
    {
        foreach (var blob in HeaderBlobs(path, content))
        {
            var header = RpmHeader.TryParse(blob);
            if (header?.Name is not { } name || header.Version is null || name == RpmNames.GpgPubkey)
            {
                continue;
            }
            var versionRelease = header.Release is null ? header.Version : $"{header.Version}-{header.Release}";
            inventory.AddPackage(RpmNames.Record(name, versionRelease, header.Epoch, header.Arch, header.SourceRpm, path));
            inventory.AddOwnedFiles(path, header.LanguageMetadataFiles);
        }
    }

    private static IEnumerable<byte[]> HeaderBlobs(string path, ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (SqliteTableReader.IsSqlite(bytes))
        {
            return SqliteTableReader.Open(path, content).Rows("Packages")
                .Select(row => row.Length > 1 ? row[1] as byte[] : null)
                .OfType<byte[]>();
        }
        if (NdbPackageDatabase.IsNdb(bytes))
        {
            return NdbPackageDatabase.Blobs(path, content);
        }
        if (BerkeleyHashDatabase.IsBerkeleyHash(bytes))
        {
            return BerkeleyHashDatabase.Values(path, content);
        }
        throw new InventoryFormatException(path, "not an rpm database: neither SQLite, ndb nor BerkeleyDB hash.");
    }
}
