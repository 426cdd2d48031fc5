using System.Globalization;
using System.Text;
using System.Text.Json;
using ContainerSecurity.Advisories.Osv;

namespace ContainerSecurity.Advisories;

/// <summary>
/// Brings a cached OSV export up to date without downloading all.zip again: BASE/ECOSYSTEM/modified_id.csv lists every
/// record with its modified time ("2024-08-15T00:35:57Z,GHSA-xxxx"); the records changed since the newest one indexed
/// are fetched one by one (BASE/ECOSYSTEM/ID.json) into the cache's updates/ folder, where they replace the zip's copy.
/// When the list cannot be read, or too much changed, the caller downloads all.zip instead.
/// </summary>
public static class OsvIncrementalUpdate
{
    public const int MaxRecords = 500;
    private const long MaxListBytes = 64L * 1024 * 1024;
    private const long MaxRecordBytes = 16L * 1024 * 1024;

    /// <summary>The updated state and how many records changed, or null when only a full download will do (no list, unreadable list, too many changes, a record that fails).</summary>
    public static (FetchState State, int Changed)? TryApply(CachedFetch fetch, string baseUrl, string ecosystem, string updatesDirectory, FetchState state, DateTimeOffset now)
    {
        if (state.Watermark is not { } watermark)
        {
            return null;
        }
        var ecosystemUrl = baseUrl.TrimEnd('/') + "/" + Uri.EscapeDataString(ecosystem) + "/";
        try
        {
            var changed = Changed(fetch.Get(ecosystemUrl + "modified_id.csv", MaxListBytes), watermark);
            if (changed is null || changed.Count > MaxRecords)
            {
                return null;
            }
            foreach (var id in changed)
            {
                var json = fetch.Get(ecosystemUrl + Uri.EscapeDataString(id) + ".json", MaxRecordBytes);
                if (ParseRecord(json)?.Id != id)
                {
                    return null;
                }
                Directory.CreateDirectory(updatesDirectory);
                EngineJson.WriteFileAtomic(Path.Combine(updatesDirectory, FileName(id)), Encoding.UTF8.GetString(json));
            }
            return changed.Count == 0
                ? (state with { CheckedAt = now }, 0)
                : (state with { CheckedAt = now, DownloadedAt = now, Version = Guid.NewGuid().ToString("N") }, changed.Count);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The ids modified after <paramref name="watermark"/>; null when the list is not OSV's "time,id" lines.</summary>
    public static IReadOnlyList<string>? Changed(byte[] list, DateTimeOffset watermark)
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
            if (modified > watermark && IsSafeId(id))
            {
                ids.Add(id);
            }
        }
        return lines == 0 ? null : ids.ToList();
    }

    /// <summary>The records fetched since all.zip, by id; a later full download empties the folder.</summary>
    public static IReadOnlyDictionary<string, OsvRecord> Records(string updatesDirectory)
    {
        var records = new Dictionary<string, OsvRecord>(StringComparer.Ordinal);
        if (!Directory.Exists(updatesDirectory))
        {
            return records;
        }
        foreach (var file in Directory.EnumerateFiles(updatesDirectory, "*.json"))
        {
            if (ParseRecord(File.ReadAllBytes(file)) is { } record)
            {
                records[record.Id] = record;
            }
        }
        return records;
    }

    private static OsvRecord? ParseRecord(byte[] json)
    {
        try
        {
            var record = JsonSerializer.Deserialize(json, OsvJsonContext.Default.OsvRecord);
            return string.IsNullOrEmpty(record?.Id) ? null : record;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsSafeId(string id) => id.Length is > 0 and <= 200 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':') && id is not "." and not "..";

    private static string FileName(string id) => id.Replace(':', '_') + ".json";
}
