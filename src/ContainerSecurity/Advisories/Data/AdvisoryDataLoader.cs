using ContainerSecurity.Advisories.Matching;
using ContainerSecurity.Advisories.NuGet;

namespace ContainerSecurity.Advisories.Data;

/// <summary>Gets the advisory data a scan needs: downloads (conditionally) or reads the cache, builds and opens the indexes.</summary>
public static class AdvisoryDataLoader
{
    /// <param name="osvEcosystems">OSV ecosystem names without release (Debian, Alpine, NuGet...).</param>
    /// <param name="nuget">Whether to read the NuGet sources' VulnerabilityInfo resource too (the index named <see cref="AdvisoryLookup.NuGetFeedIndex"/>).</param>
    public static AdvisoryData Load(AdvisoryOptions options, IReadOnlyCollection<string> osvEcosystems, bool nuget, CancellationToken cancellationToken = default)
    {
        using var http = CreateClient(options);
        var fetch = new CachedFetch(http, options);
        var indexes = new Dictionary<string, IAdvisoryIndex>(StringComparer.OrdinalIgnoreCase);
        var notices = new List<AdvisoryNotice>();
        foreach (var ecosystem in osvEcosystems.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (index, said) = OsvEcosystemData.Load(ecosystem, fetch, options);
            notices.AddRange(said);
            if (index is not null)
            {
                indexes[ecosystem] = index;
            }
        }
        if (nuget && options.NuGetSources.Count > 0)
        {
            var (index, said) = NuGetFeedData.Load(options.NuGetSources, fetch, options);
            notices.AddRange(said);
            if (index is not null)
            {
                indexes[AdvisoryLookup.NuGetFeedIndex] = index;
            }
        }
        return new AdvisoryData(indexes, notices);
    }

    private static HttpClient CreateClient(AdvisoryOptions options)
    {
        // Every request, body included, has the idle timeout; all of them share the deadline (a hung mirror is asked once).
        var client = Network.WatchedHttpHandler.CreateClient(options.Network);
        client.DefaultRequestHeaders.UserAgent.ParseAdd($"ContainerSecurity.Build/{EngineVersion.Current}");
        return client;
    }
}
