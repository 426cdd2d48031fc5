namespace ContainerSecurity.Advisories;

/// <summary>Where advisory data comes from and how it is kept.</summary>
public sealed record AdvisoryOptions
{
    public const string DefaultOsvUrl = "https://osv-vulnerabilities.storage.googleapis.com/";

    /// <summary>An http(s) base URL or a local folder, laid out as BASE/ECOSYSTEM/all.zip.</summary>
    public string OsvUrl { get; init; } = DefaultOsvUrl;
    /// <summary>The cache root; advisory data lives under CACHE/advisories/.</summary>
    public required string CacheDirectory { get; init; }
    public bool Offline { get; init; }
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromHours(24);
    /// <summary>NuGet package sources the project restores from (service index URLs or local folders), for VulnerabilityInfo/6.7.0.</summary>
    public IReadOnlyList<string> NuGetSources { get; init; } = [];
    /// <summary>The idle timeout of every download and the deadline of all of one scan's downloads together.</summary>
    public Network.NetworkLimits Network { get; init; } = new();
    /// <summary>The clock ages are judged by; now when unset.</summary>
    public DateTimeOffset? Now { get; init; }
}
