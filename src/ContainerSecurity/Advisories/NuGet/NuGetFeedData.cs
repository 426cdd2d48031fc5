using System.Text.Json;
using ContainerSecurity.Advisories.Data;
using ContainerSecurity.Advisories.Matching;

namespace ContainerSecurity.Advisories.NuGet;

/// <summary>
/// The VulnerabilityInfo resource of each NuGet source the project restores from (as NuGetAudit reads it), cached
/// under CACHE/advisories/nuget/SOURCE-KEY/ like OSV data, merged into one index. A source without the resource, or a
/// local folder source, has nothing to add. A feed that cannot be read is a warning, as in NuGetAudit (NU1900):
/// OSV's NuGet data still covers the packages.
/// </summary>
public static class NuGetFeedData
{
    public static (IAdvisoryIndex? Index, IReadOnlyList<AdvisoryNotice> Notices) Load(IReadOnlyList<string> sources, CachedFetch fetch, AdvisoryOptions options)
    {
        var notices = new List<AdvisoryNotice>();
        var pageFiles = new List<(string Path, FetchState State)>();
        foreach (var source in sources.Where(s => CachedFetch.LocalPath(s) is null).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            try
            {
                pageFiles.AddRange(LoadSource(source, fetch, options, notices));
            }
            catch (Exception e) when (e is InvalidDataException or JsonException or IOException or TimeoutException or UnauthorizedAccessException)
            {
                notices.Add(new(AdvisoryNoticeKind.DownloadFailed, AdvisoryLookup.NuGetFeedIndex, $"The vulnerability data of the NuGet source {source} could not be used ({e.Message}); OSV's NuGet data was still checked."));
            }
        }
        if (pageFiles.Count == 0)
        {
            return (null, notices);
        }
        var combined = Path.Combine(options.CacheDirectory, "advisories", "nuget", "combined-" + OsvEcosystemData.SourceKey(string.Join("|", pageFiles.Select(p => p.Path))));
        using var held = CacheLock.Acquire(combined, OsvEcosystemData.LockTimeout);
        var statePath = Path.Combine(combined, "index.state.json");
        var state = new FetchState { Source = "nuget-feeds", Version = string.Join("|", pageFiles.Select(p => p.State.Version)), DownloadedAt = pageFiles.Min(p => p.State.DownloadedAt) };
        var previous = FetchState.Load(statePath, state.Source, out var problem);
        if (problem is not null)
        {
            notices.Add(AdvisoryNotice.CacheDiscarded(AdvisoryLookup.NuGetFeedIndex, $"{statePath}: {problem}", "The index of the NuGet feeds is rebuilt"));
        }
        if (previous is not null && previous.Version == state.Version)
        {
            state = previous;
        }
        var index = IndexedFile.Open(Path.Combine(combined, "index.bin"), state, statePath,
            () => pageFiles.SelectMany(p => NuGetVulnerabilityPages.Entries(p.Path)), out var indexed, out var damaged);
        if (damaged is not null)
        {
            notices.Add(AdvisoryNotice.CacheDiscarded(AdvisoryLookup.NuGetFeedIndex, damaged, "The index was rebuilt from the cached pages"));
        }
        notices.Add(new(AdvisoryNoticeKind.Info, AdvisoryLookup.NuGetFeedIndex, $"Advisory data NuGet feeds: {indexed.EntryCount:N0} advisories from {pageFiles.Count} page(s) of {string.Join(", ", sources)}."));
        return (index, notices);
    }

    private static List<(string Path, FetchState State)> LoadSource(string source, CachedFetch fetch, AdvisoryOptions options, List<AdvisoryNotice> notices)
    {
        var directory = Path.Combine(options.CacheDirectory, "advisories", "nuget", OsvEcosystemData.SourceKey(source));
        using var held = CacheLock.Acquire(directory, OsvEcosystemData.LockTimeout);
        var serviceIndex = Fetch(source, Path.Combine(directory, "index.json"), fetch, notices);
        if (serviceIndex is null)
        {
            return [];
        }
        var resource = NuGetVulnerabilityPages.ResourceUrl(serviceIndex);
        if (resource is null)
        {
            notices.Add(new(AdvisoryNoticeKind.Info, AdvisoryLookup.NuGetFeedIndex, $"The NuGet source {source} publishes no {NuGetVulnerabilityPages.ResourceType} resource; only OSV's NuGet data applies to it."));
            return [];
        }
        var pagesFile = Fetch(resource, Path.Combine(directory, "vulnerabilities.json"), fetch, notices);
        if (pagesFile is null)
        {
            return [];
        }
        var pages = new List<(string, FetchState)>();
        foreach (var (name, url) in NuGetVulnerabilityPages.Pages(pagesFile))
        {
            var page = Path.Combine(directory, "page-" + string.Concat(name.Select(c => char.IsLetterOrDigit(c) ? c : '_')) + ".json");
            if (Fetch(url, page, fetch, notices) is { } path && FetchState.Load(path + ".state.json", url) is { } state)
            {
                pages.Add((path, state));
            }
        }
        return pages;
    }

    /// <summary>The cached file, refreshed if due; null (with a notice) when there is none to use.</summary>
    private static string? Fetch(string url, string target, CachedFetch fetch, List<AdvisoryNotice> notices)
    {
        var result = fetch.Refresh(url, target, NuGetVulnerabilityPages.Validate);
        if (result.Discarded is { } discarded)
        {
            notices.Add(AdvisoryNotice.CacheDiscarded(AdvisoryLookup.NuGetFeedIndex, discarded, "It counts as not cached: downloaded again when online"));
        }
        switch (result.Outcome)
        {
            case CachedFetch.Outcome.Missing:
                notices.Add(new(AdvisoryNoticeKind.Info, AdvisoryLookup.NuGetFeedIndex, $"No vulnerability data of {url} is cached and ContainerSecurityOffline is true; only OSV's NuGet data was checked."));
                return null;
            case CachedFetch.Outcome.Failed when result.State is null:
                notices.Add(new(AdvisoryNoticeKind.DownloadFailed, AdvisoryLookup.NuGetFeedIndex, $"{url} could not be read ({result.Error}); only OSV's NuGet data was checked for that source."));
                return null;
            case CachedFetch.Outcome.Failed:
                notices.Add(new(AdvisoryNoticeKind.DownloadFailed, AdvisoryLookup.NuGetFeedIndex, $"{url} could not be refreshed ({result.Error}); the cached copy was used."));
                return target;
            default:
                return target;
        }
    }
}
