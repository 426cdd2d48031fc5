using System.Diagnostics;
using System.Globalization;
using System.Text;
using ContainerSecurity.Advisories.Osv;

namespace ContainerSecurity.Advisories.Data;

/// <summary>
/// Brings a cached OSV export up to date without downloading all.zip again. BASE/ECOSYSTEM/modified_id.csv lists every
/// record with its modified time ("2024-08-15T00:35:57Z,GHSA-xxxx"); each record listed later than the copy the cache
/// holds (modified.tsv: every record's id and time, written with the index), or not held at all, is fetched alone
/// (BASE/ECOSYSTEM/ID.json) into updates/. Comparing per record, not against one newest time, also catches records
/// that reach the bucket late with an older time. When the list cannot be read, too much changed, a record fails, the
/// pass runs out of time, or all.zip is a week old, the caller downloads all.zip instead.
/// </summary>
public static class OsvIncrementalUpdate
{
    public const int MaxRecords = 500;
    public static readonly TimeSpan MaxZipAge = TimeSpan.FromDays(7);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(2);
    private const long MaxListBytes = 64L * 1024 * 1024;
    private const long MaxRecordBytes = 16L * 1024 * 1024;

    /// <summary>The updated state and how many records changed, or null when only a full download will do.</summary>
    /// <param name="discarded">"PATH: why" when modified.tsv could not be trusted (a full download follows; CSEC5011).</param>
    public static (FetchState State, int Changed)? TryApply(CachedFetch fetch, string baseUrl, string ecosystem, string directory, FetchState state, DateTimeOffset now, out string? discarded)
    {
        discarded = null;
        var zip = Path.Combine(directory, "all.zip");
        if (now - new DateTimeOffset(File.GetLastWriteTimeUtc(zip), TimeSpan.Zero) > MaxZipAge)
        {
            return null;
        }
        var held = LoadHeld(directory, state.Source, out var problem);
        if (held is null)
        {
            discarded = problem is null ? null : $"{HeldPath(directory)}: {problem}";
            return null;
        }
        var ecosystemUrl = baseUrl.TrimEnd('/') + "/" + Uri.EscapeDataString(ecosystem) + "/";
        var clock = Stopwatch.StartNew();
        try
        {
            var changed = Changed(fetch.Get(ecosystemUrl + "modified_id.csv", MaxListBytes), held);
            if (changed is null || changed.Count > MaxRecords)
            {
                return null;
            }
            var updates = UpdatesFolder(directory);
            foreach (var id in changed)
            {
                if (clock.Elapsed > MaxDuration)
                {
                    return null;
                }
                var json = fetch.Get(ecosystemUrl + Uri.EscapeDataString(id) + ".json", MaxRecordBytes);
                if (OsvZip.TryParse(json)?.Id != id)
                {
                    return null;
                }
                Directory.CreateDirectory(updates);
                EngineJson.WriteFileAtomic(Path.Combine(updates, FileName(id)), Encoding.UTF8.GetString(json));
            }
            return changed.Count == 0
                ? (state with { CheckedAt = now }, 0)
                : (state with { CheckedAt = now, DownloadedAt = now, Version = Guid.NewGuid().ToString("N") }, changed.Count);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException or TimeoutException or UnauthorizedAccessException)
        {
            // A host that timed out is not asked again in this scan: the all.zip request then fails at once, and the
            // cached copy is used with a warning that says why.
            return null;
        }
    }

    public static string UpdatesFolder(string directory) => Path.Combine(directory, "updates");

    /// <summary>
    /// The ids the list shows newer than the cache's copy (compared to the second: the list may drop the fraction),
    /// or not in the cache at all; null when the list is not OSV's "time,id" lines.
    /// </summary>
    public static IReadOnlyList<string>? Changed(byte[] list, IReadOnlyDictionary<string, DateTimeOffset?> held)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lines = 0;
        foreach (var raw in Encoding.UTF8.GetString(list).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }
            var comma = line.IndexOf(',');
            if (comma <= 0 || !DateTimeOffset.TryParse(line[..comma], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified))
            {
                return null;
            }
            lines++;
            // The bucket-wide list names ECOSYSTEM/ID, an ecosystem's own list just ID.
            var id = line[(comma + 1)..].Trim().Split('/') switch
            {
                [var alone] => alone,
                [_, var inEcosystem] => inEcosystem,
                _ => "",
            };
            if (IsSafeId(id) && (!held.TryGetValue(id, out var known) || known is null || Seconds(modified) > Seconds(known.Value)))
            {
                ids.Add(id);
            }
        }
        return lines == 0 ? null : ids.ToList();
    }

    /// <summary>The records fetched since all.zip, by id; a later full download empties the folder.</summary>
    public static IReadOnlyDictionary<string, OsvRecord> Records(string directory)
    {
        var updates = UpdatesFolder(directory);
        var records = new Dictionary<string, OsvRecord>(StringComparer.Ordinal);
        if (!Directory.Exists(updates))
        {
            return records;
        }
        foreach (var file in Directory.EnumerateFiles(updates, "*.json"))
        {
            if (OsvZip.TryParse(File.ReadAllBytes(file)) is { } record)
            {
                records[record.Id] = record;
            }
        }
        return records;
    }

    /// <summary>Every record the index was built from, with its modified time (modified.tsv, written with the index, sealed to its source).</summary>
    public static void SaveHeld(string directory, string source, IReadOnlyDictionary<string, DateTimeOffset?> held)
    {
        var text = new StringBuilder();
        foreach (var (id, modified) in held)
        {
            text.Append(id).Append('\t').Append(modified?.ToString("O", CultureInfo.InvariantCulture) ?? "").Append('\n');
        }
        Data.SealedCacheFile.Write(HeldPath(directory), HeldKind, source, Encoding.UTF8.GetBytes(text.ToString()));
    }

    private const string HeldKind = "modified-tsv/2";
    // OSV's largest ecosystems list a few hundred thousand records at ~60 bytes a line.
    private const long MaxHeldBytes = 256L * 1024 * 1024;

    private static string HeldPath(string directory) => Path.Combine(directory, "modified.tsv");

    private static Dictionary<string, DateTimeOffset?>? LoadHeld(string directory, string source, out string? problem)
    {
        var read = Data.SealedCacheFile.Read(HeldPath(directory), HeldKind, source, MaxHeldBytes);
        problem = read.Problem;
        if (read.Content is not { } content)
        {
            return null;
        }
        var held = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var line in Encoding.UTF8.GetString(content.Span).Split('\n'))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                held[line[..tab]] = DateTimeOffset.TryParse(line[(tab + 1)..], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
            }
        }
        return held;
    }

    private static long Seconds(DateTimeOffset time) => time.ToUnixTimeSeconds();

    private static bool IsSafeId(string id) => id.Length is > 0 and <= 200 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':') && id is not "." and not "..";

    // ':' is not allowed in Windows file names; ids differ in more than a ':' vs '_'.
    private static string FileName(string id) => id.Replace(':', '_') + ".json";
}
