using System.Text;
using System.Text.RegularExpressions;

namespace ContainerSecurity.Inventory;

/// <summary>
/// The distribution from os-release, or from the older release files when an image has none.
/// Every file is recorded with its <see cref="OsEvidence"/>, so /etc/os-release wins whichever layer or order it comes in.
/// </summary>
public sealed partial class OsReleaseAnalyzer : IInventoryAnalyzer
{
    private const long MaxSize = 64 * 1024;

    private static readonly Dictionary<string, OsEvidence> Files = new(StringComparer.Ordinal)
    {
        ["/etc/os-release"] = OsEvidence.EtcOsRelease,
        ["/usr/lib/os-release"] = OsEvidence.UsrLibOsRelease,
        ["/etc/lsb-release"] = OsEvidence.LsbRelease,
        ["/etc/alpine-release"] = OsEvidence.DistroReleaseFile,
        ["/etc/redhat-release"] = OsEvidence.DistroReleaseFile,
        ["/etc/debian_version"] = OsEvidence.DebianVersion,
    };

    [GeneratedRegex(@"^(?<name>.+?) release (?<version>\d[\w.]*)(?:\s*\((?<codename>[^)]*)\))?")]
    private static partial Regex RedHatReleaseLine();

    public string Name => "os-release";

    public int Version => 1;

    public bool Required(string path, long size) => size <= MaxSize && Files.ContainsKey(path);

    public void Analyze(string path, ReadOnlyMemory<byte> content, InventoryBuilder inventory)
    {
        if (!Files.TryGetValue(path, out var evidence))
        {
            return;
        }
        var text = Encoding.UTF8.GetString(content.Span);
        var os = path switch
        {
            "/etc/os-release" or "/usr/lib/os-release" => FromOsRelease(text),
            "/etc/lsb-release" => FromLsbRelease(text),
            "/etc/alpine-release" => FromAlpineRelease(text),
            "/etc/redhat-release" => FromRedHatRelease(text),
            _ => FromDebianVersion(text),
        };
        if (os is not null)
        {
            inventory.SetOs(path, os, evidence);
        }
    }

    private static OsInfo? FromOsRelease(string text)
    {
        var values = ShellAssignments.Parse(text);
        if (!values.TryGetValue("ID", out var id))
        {
            return null;
        }
        return OsInfo.Create(
            OsFamilies.FromOsReleaseId(id),
            values.GetValueOrDefault("VERSION_ID"),
            values.GetValueOrDefault("VERSION_CODENAME") ?? values.GetValueOrDefault("UBUNTU_CODENAME"),
            values.GetValueOrDefault("PRETTY_NAME"),
            values.GetValueOrDefault("VERSION"));
    }

    private static OsInfo? FromLsbRelease(string text)
    {
        var values = ShellAssignments.Parse(text);
        if (!values.TryGetValue("DISTRIB_ID", out var id))
        {
            return null;
        }
        var description = values.GetValueOrDefault("DISTRIB_DESCRIPTION");
        return OsInfo.Create(OsFamilies.FromOsReleaseId(id), values.GetValueOrDefault("DISTRIB_RELEASE"), values.GetValueOrDefault("DISTRIB_CODENAME"), description, description);
    }

    private static OsInfo? FromAlpineRelease(string text)
    {
        var version = FirstLine(text);
        return version.Length == 0 ? null : OsInfo.Create(OsFamilies.Alpine, version, null, null);
    }

    private static OsInfo? FromRedHatRelease(string text)
    {
        var line = FirstLine(text);
        var match = RedHatReleaseLine().Match(line);
        if (!match.Success)
        {
            return null;
        }
        var name = match.Groups["name"].Value;
        var family =
            name.StartsWith("Red Hat Enterprise Linux", StringComparison.OrdinalIgnoreCase) ? OsFamilies.Rhel
            : name.StartsWith("CentOS", StringComparison.OrdinalIgnoreCase) ? OsFamilies.CentOs
            : name.StartsWith("Rocky Linux", StringComparison.OrdinalIgnoreCase) ? OsFamilies.Rocky
            : name.StartsWith("AlmaLinux", StringComparison.OrdinalIgnoreCase) ? OsFamilies.AlmaLinux
            : name.StartsWith("Fedora", StringComparison.OrdinalIgnoreCase) ? OsFamilies.Fedora
            : OsFamilies.Unknown;
        var codename = match.Groups["codename"].Success ? match.Groups["codename"].Value : null;
        return OsInfo.Create(family, match.Groups["version"].Value, codename, line);
    }

    /// <summary>"12.5" on a Debian release, "bookworm/sid" on testing and on Ubuntu, whose lsb-release and os-release outrank it.</summary>
    private static OsInfo? FromDebianVersion(string text)
    {
        var line = FirstLine(text);
        if (line.Length == 0)
        {
            return null;
        }
        return char.IsAsciiDigit(line[0])
            ? OsInfo.Create(OsFamilies.Debian, line.Split('.')[0], null, null)
            : OsInfo.Create(OsFamilies.Debian, null, line.Split('/')[0], null);
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
