using ContainerSecurity.Inventory;

namespace ContainerSecurity.Rules.Image;

/// <summary>
/// The last day of free security support for the releases base images are built on. Update with each package release.
/// Sources: https://endoflife.date/debian, /ubuntu (standard support, not paid ESM), /alpine-linux, /azure-linux,
/// /dotnet; https://wiki.debian.org/LTS; https://devblogs.microsoft.com/dotnet/dotnet-sts-releases-supported-for-24-months
/// (.NET 9 ends with .NET 8 on 2026-11-10).
/// </summary>
public static class EndOfLifeDates
{
    /// <param name="Name">How people name the release, e.g. "Debian 10 (buster)".</param>
    /// <param name="Successors">Supported releases to move to, named the same way.</param>
    public sealed record Release(string Name, DateOnly EndOfSupport, string Successors);

    private static readonly Dictionary<(string Family, string Version), Release> Distributions = new()
    {
        [(OsFamilies.Debian, "9")] = new("Debian 9 (stretch)", new(2022, 6, 30), "Debian 12 or 13"),
        [(OsFamilies.Debian, "10")] = new("Debian 10 (buster)", new(2024, 6, 30), "Debian 12 or 13"),
        [(OsFamilies.Debian, "11")] = new("Debian 11 (bullseye)", new(2026, 8, 31), "Debian 12 or 13"),
        [(OsFamilies.Debian, "12")] = new("Debian 12 (bookworm)", new(2028, 6, 30), "Debian 13"),
        [(OsFamilies.Debian, "13")] = new("Debian 13 (trixie)", new(2030, 6, 30), "a newer Debian release"),
        [(OsFamilies.Ubuntu, "18.04")] = new("Ubuntu 18.04 LTS", new(2023, 5, 31), "Ubuntu 24.04 LTS"),
        [(OsFamilies.Ubuntu, "20.04")] = new("Ubuntu 20.04 LTS", new(2025, 5, 31), "Ubuntu 24.04 LTS"),
        [(OsFamilies.Ubuntu, "22.04")] = new("Ubuntu 22.04 LTS", new(2027, 6, 1), "Ubuntu 24.04 LTS"),
        [(OsFamilies.Ubuntu, "24.04")] = new("Ubuntu 24.04 LTS", new(2029, 5, 31), "a newer Ubuntu LTS release"),
        [(OsFamilies.Ubuntu, "23.10")] = new("Ubuntu 23.10", new(2024, 7, 11), "Ubuntu 24.04 LTS"),
        [(OsFamilies.Ubuntu, "24.10")] = new("Ubuntu 24.10", new(2025, 7, 10), "Ubuntu 24.04 LTS"),
        [(OsFamilies.Ubuntu, "25.04")] = new("Ubuntu 25.04", new(2026, 1, 15), "Ubuntu 24.04 LTS"),
        [(OsFamilies.Alpine, "3.16")] = new("Alpine 3.16", new(2024, 5, 23), "Alpine 3.22 or later"),
        [(OsFamilies.Alpine, "3.17")] = new("Alpine 3.17", new(2024, 11, 22), "Alpine 3.22 or later"),
        [(OsFamilies.Alpine, "3.18")] = new("Alpine 3.18", new(2025, 5, 9), "Alpine 3.22 or later"),
        [(OsFamilies.Alpine, "3.19")] = new("Alpine 3.19", new(2025, 11, 1), "Alpine 3.22 or later"),
        [(OsFamilies.Alpine, "3.20")] = new("Alpine 3.20", new(2026, 4, 1), "Alpine 3.22 or later"),
        [(OsFamilies.Alpine, "3.21")] = new("Alpine 3.21", new(2026, 11, 1), "Alpine 3.22 or later"),
        [(OsFamilies.Alpine, "3.22")] = new("Alpine 3.22", new(2027, 5, 1), "a newer Alpine release"),
        [(OsFamilies.Mariner, "1.0")] = new("CBL-Mariner 1.0", new(2023, 5, 31), "Azure Linux 3.0"),
        [(OsFamilies.Mariner, "2.0")] = new("CBL-Mariner 2.0", new(2025, 7, 31), "Azure Linux 3.0"),
        [(OsFamilies.AzureLinux, "2.0")] = new("Azure Linux 2.0", new(2025, 7, 31), "Azure Linux 3.0"),
    };

    /// <summary>.NET channels (major.minor) and the day their runtime left support.</summary>
    private static readonly Dictionary<string, DateOnly> DotNet = new()
    {
        ["6.0"] = new(2024, 11, 12),
        ["7.0"] = new(2024, 5, 14),
        ["8.0"] = new(2026, 11, 10),
        ["9.0"] = new(2026, 11, 10),
        ["10.0"] = new(2028, 11, 14),
    };

    /// <summary>The distribution release, when the table knows it; os-release VERSION_ID may carry a patch (3.18.4) or not (12).</summary>
    public static Release? ForDistribution(OsInfo os)
    {
        if (os.VersionId is not { } version)
        {
            return null;
        }
        var release = os.Family switch
        {
            OsFamilies.Debian => version.Split('.')[0],
            OsFamilies.Ubuntu => version,
            _ => MajorMinor(version),
        };
        return release is not null && Distributions.TryGetValue((os.Family, release), out var found) ? found : null;
    }

    /// <summary>The end of support of a .NET channel (8.0, 9.0, ...); null for channels the table does not know.</summary>
    public static DateOnly? ForDotNet(string channel) => DotNet.TryGetValue(channel, out var end) ? end : null;

    /// <summary>The channel supported longest, e.g. "10.0": what an app on an unsupported runtime should move to.</summary>
    public static string NewestDotNet => DotNet.MaxBy(c => c.Value).Key;

    /// <summary>"8.0.10" and "10.0.0-rc.1" → "8.0" and "10.0".</summary>
    public static string? MajorMinor(string version)
    {
        var parts = version.Split('-', '+')[0].Split('.');
        return parts.Length >= 2 && parts[0].Length > 0 && parts[1].Length > 0 ? $"{parts[0]}.{parts[1]}" : null;
    }
}
