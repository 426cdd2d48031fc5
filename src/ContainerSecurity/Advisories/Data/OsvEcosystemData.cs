using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ContainerSecurity.Advisories.Osv;
using ContainerSecurity.Inventory;

namespace ContainerSecurity.Advisories.Data;

/// <summary>
/// One OSV ecosystem (BASE/ECOSYSTEM/all.zip) in the cache: CACHE/advisories/osv/SOURCE-KEY/ECOSYSTEM/ holds the zip
/// as downloaded, its fetch state, the records changed since (updates/, see <see cref="OsvIncrementalUpdate"/>) and the
/// compact index. The source is part of the path, so switching mirrors never
/// mixes their data.
/// </summary>
public static class OsvEcosystemData
{
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);

    public static (IAdvisoryIndex? Index, IReadOnlyList<AdvisoryNotice> Notices) Load(string ecosystem, CachedFetch fetch, AdvisoryOptions options)
    {
        var source = SourceOf(options.OsvUrl, ecosystem);
        var directory = Path.Combine(options.CacheDirectory, "advisories", "osv", SourceKey(options.OsvUrl), SafeName(ecosystem));
        var zip = Path.Combine(directory, "all.zip");
        var notices = new List<AdvisoryNotice>();
        try
        {
            using var held = CacheLock.Acquire(directory, LockTimeout);
            var now = options.Now ?? DateTimeOffset.UtcNow;
            var changed = -1;
            CachedFetch.Result result;
            if (IncrementalUpdate(ecosystem, fetch, options, source, directory, now, notices) is { } incremental)
            {
                incremental.State.Save(zip + ".state.json");
                changed = incremental.Changed;
                result = new(changed > 0 ? CachedFetch.Outcome.Updated : CachedFetch.Outcome.NotModified, incremental.State);
            }
            else
            {
                result = fetch.Refresh(source, zip, ValidateZip);
                if (result.Discarded is { } discarded)
                {
                    notices.Add(AdvisoryNotice.CacheDiscarded(ecosystem, discarded, $"The {ecosystem} data counts as not cached: downloaded again when online"));
                }
                if (result.Outcome == CachedFetch.Outcome.Updated)
                {
                    DeleteUpdates(OsvIncrementalUpdate.UpdatesFolder(directory));
                }
            }
            switch (result.Outcome)
            {
                case CachedFetch.Outcome.Missing:
                    notices.Add(new(AdvisoryNoticeKind.NoDataOffline, ecosystem,
                        $"No OSV data for {ecosystem} is cached in {directory} and ContainerSecurityOffline is true, so the {ecosystem} packages cannot be checked. Run one build online (or with ContainerSecurityOsvUrl pointing at a mirror folder) to fill the cache."));
                    return (null, notices);
                case CachedFetch.Outcome.Failed when result.State is null:
                    notices.Add(new(AdvisoryNoticeKind.NoData, ecosystem,
                        $"The OSV data for {ecosystem} could not be read from {source} ({result.Error}) and none is cached, so the {ecosystem} packages cannot be checked. Check the network or proxy, or set ContainerSecurityOsvUrl to a mirror URL or folder."));
                    return (null, notices);
                case CachedFetch.Outcome.Failed:
                    notices.Add(new(AdvisoryNoticeKind.DownloadFailed, ecosystem,
                        $"The OSV data for {ecosystem} could not be refreshed from {source} ({result.Error}); the cached copy from {result.State!.DownloadedAt:yyyy-MM-dd HH:mm} UTC ({DataAge.Describe(now - result.State.DownloadedAt)} old) was used."));
                    break;
                case CachedFetch.Outcome.Offline when now - result.State!.CheckedAt > options.MaxAge:
                    notices.Add(new(AdvisoryNoticeKind.Stale, ecosystem,
                        $"The OSV data for {ecosystem} is {DataAge.Describe(now - result.State.CheckedAt)} old (downloaded {result.State.DownloadedAt:yyyy-MM-dd HH:mm} UTC), older than ContainerSecurityDatabaseMaxAgeHours ({options.MaxAge.TotalHours:0}); vulnerabilities published since are not known to this scan. Build once online to refresh it."));
                    break;
            }
            var state = result.State!;
            var index = IndexedFile.Open(Path.Combine(directory, "index.bin"), state, zip + ".state.json", () => Entries(directory, source).Select(e => ByIndexName(e, ecosystem)), out var indexed, out var damaged);
            if (damaged is not null)
            {
                notices.Add(AdvisoryNotice.CacheDiscarded(ecosystem, damaged, "The index was rebuilt from the downloaded data"));
            }
            var how = changed >= 0 ? $" ({changed:N0} changed record(s) from modified_id.csv)" : Describe(result.Outcome);
            notices.Add(new(AdvisoryNoticeKind.Info, ecosystem,
                $"Advisory data {ecosystem}: {indexed.EntryCount:N0} OSV advisories from {source}, updated {DataAge.Describe(now - state.DownloadedAt)} ago{how}."));
            return (index, notices);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or TimeoutException or UnauthorizedAccessException)
        {
            notices.Add(new(AdvisoryNoticeKind.NoData, ecosystem,
                $"The cached OSV data for {ecosystem} in {directory} could not be used ({e.Message}). Delete that folder to download it again."));
            return (null, notices);
        }
    }

    /// <summary>BASE/ECOSYSTEM/all.zip; an ecosystem with a space is escaped in a URL (Azure%20Linux) and kept in a folder.</summary>
    public static string SourceOf(string baseUrl, string ecosystem) => CachedFetch.LocalPath(baseUrl) is { } folder
        ? Path.Combine(folder, ecosystem, "all.zip")
        : baseUrl.TrimEnd('/') + "/" + Uri.EscapeDataString(ecosystem) + "/all.zip";

    /// <summary>
    /// Over HTTP, once the cached copy is due for a refresh: the records changed since, from modified_id.csv. Null when
    /// that does not apply (offline, a mirror folder, nothing cached yet, not due) or cannot be done; all.zip then.
    /// </summary>
    private static (FetchState State, int Changed)? IncrementalUpdate(string ecosystem, CachedFetch fetch, AdvisoryOptions options, string source, string directory, DateTimeOffset now, List<AdvisoryNotice> notices)
    {
        var zip = Path.Combine(directory, "all.zip");
        // A state file that cannot be trusted is reported by the full refresh that follows.
        if (options.Offline || CachedFetch.LocalPath(options.OsvUrl) is not null || !File.Exists(zip)
            || FetchState.Load(zip + ".state.json", source) is not { } state || now - state.CheckedAt < options.MaxAge)
        {
            return null;
        }
        var applied = OsvIncrementalUpdate.TryApply(fetch, options.OsvUrl, ecosystem, directory, state, now, out var discarded);
        if (discarded is not null)
        {
            notices.Add(AdvisoryNotice.CacheDiscarded(ecosystem, discarded, "all.zip is asked for again instead of only the changed records"));
        }
        return applied;
    }

    /// <summary>
    /// The zip's records merged with those fetched since (updates/): of two copies of a record the later one counts,
    /// so updates left behind by an interrupted refresh never undo a newer all.zip. Records every id and time it saw
    /// in modified.tsv, which the next incremental refresh compares the list with.
    /// </summary>
    private static IEnumerable<AdvisoryEntry> Entries(string directory, string source)
    {
        var updated = OsvIncrementalUpdate.Records(directory);
        var held = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        var counts = new OsvZipCounts { Modified = held };
        using (var stream = File.OpenRead(Path.Combine(directory, "all.zip")))
        {
            foreach (var entry in OsvZip.ReadEntries(stream, counts))
            {
                if (!updated.TryGetValue(entry.Id, out var update) || entry.Modified > update.Modified)
                {
                    yield return entry;
                }
            }
        }
        foreach (var record in updated.Values)
        {
            if (held.TryGetValue(record.Id, out var zipModified) && zipModified > record.Modified)
            {
                continue;
            }
            held[record.Id] = record.Modified;
            if (record.Withdrawn is null)
            {
                foreach (var entry in OsvEntries.FromRecord(record))
                {
                    yield return entry;
                }
            }
        }
        OsvIncrementalUpdate.SaveHeld(directory, source, held);
    }

    /// <summary>PyPI names are compared as PEP 503 normalizes them (Zope.Interface, zope_interface and zope-interface are one project).</summary>
    private static AdvisoryEntry ByIndexName(AdvisoryEntry entry, string ecosystem) =>
        ecosystem == OsvEcosystems.PyPI ? entry with { PackageName = PythonPackageAnalyzer.NormalizedName(entry.PackageName) } : entry;

    private static void DeleteUpdates(string updates)
    {
        try
        {
            if (Directory.Exists(updates))
            {
                Directory.Delete(updates, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left-over updates are harmless: Entries keeps the later copy of each record.
        }
    }

    private static void ValidateZip(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        if (zip.Entries.Count == 0)
        {
            throw new InvalidDataException("the zip holds no records");
        }
    }

    private static string Describe(CachedFetch.Outcome outcome) => outcome switch
    {
        CachedFetch.Outcome.Updated => " (new data)",
        CachedFetch.Outcome.NotModified => " (checked: not modified)",
        CachedFetch.Outcome.Offline => " (offline: from the cache)",
        _ => "",
    };

    public static string SourceKey(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source.TrimEnd('/', '\\'))))[..12];

    private static string SafeName(string ecosystem) => string.Concat(ecosystem.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
}
