using System.Globalization;
using System.Text;

namespace ContainerSecurity.Inventory;

/// <summary>
/// Azure Linux and CBL-Mariner distroless images carry no rpm database, only what the image build queried from it:
/// container-manifest-2 holds rpm -qa --qf "%{NAME}\t%{VERSION}-%{RELEASE}\t%{INSTALLTIME}\t%{BUILDTIME}\t%{VENDOR}\t%{EPOCH}\t%{SIZE}\t%{ARCH}\t%{EPOCHNUM}\t%{SOURCERPM}\n"
/// (microsoft/azurelinux toolkit docs, "Distroless images"); container-manifest-1 holds plain rpm -qa output and is used only without the other.
/// </summary>
public sealed class RpmManifestAnalyzer : IInventoryAnalyzer
{
    private const string DetailedManifest = "/var/lib/rpmmanifest/container-manifest-2";
    private const string NamesManifest = "/var/lib/rpmmanifest/container-manifest-1";
    private const long MaxSize = 64L * 1024 * 1024;
    private const int Columns = 10;

    public string Name => "rpm-manifest";

    public int Version => 1;

    public bool Required(string path, long size) => size <= MaxSize && path is DetailedManifest or NamesManifest;

    public void Analyze(string path, ReadOnlyMemory<byte> content, InventoryBuilder inventory)
    {
        var lines = Encoding.UTF8.GetString(content.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines)
        {
            var record = path == DetailedManifest ? FromDetailedLine(path, line) : FromNevraLine(path, line);
            if (record is not null && record.Name != RpmNames.GpgPubkey)
            {
                inventory.AddPackage(record);
            }
        }
    }

    private static PackageRecord? FromDetailedLine(string path, string line)
    {
        var columns = line.Split('\t');
        if (columns.Length < Columns)
        {
            throw new InventoryFormatException(path, $"expected {Columns} tab-separated columns, found {columns.Length} in '{line}'.");
        }
        int? epoch = int.TryParse(columns[5], NumberStyles.None, CultureInfo.InvariantCulture, out var e) ? e : null;
        return RpmNames.Record(columns[0], columns[1], epoch, columns[7], columns[9] is "" or "(none)" ? null : columns[9], path);
    }

    private static PackageRecord? FromNevraLine(string path, string line)
    {
        if (RpmNames.SplitNevra(line) is not { } nevra)
        {
            return null;
        }
        return RpmNames.Record(nevra.Name, $"{nevra.Version}-{nevra.Release}", null, nevra.Arch, null, path) with { IsFallback = true };
    }
}
