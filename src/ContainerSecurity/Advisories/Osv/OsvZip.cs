using System.Buffers;
using System.IO.Compression;
using System.Text.Json;

namespace ContainerSecurity.Advisories.Osv;

/// <summary>Reads an OSV ecosystem export (all.zip: one JSON record per entry) as index entries, one pass.</summary>
public static class OsvZip
{
    // The largest real records (kernel CVEs listing every affected version) are a few MB.
    private const long MaxRecordBytes = 64L * 1024 * 1024;

    public static IEnumerable<AdvisoryEntry> ReadEntries(Stream zip) => ReadEntries(zip, new OsvZipCounts());

    /// <summary>Yields the entries of every usable record; withdrawn and unparsable records are counted in <paramref name="counts"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a zip archive, or is truncated or corrupt.</exception>
    public static IEnumerable<AdvisoryEntry> ReadEntries(Stream zip, OsvZipCounts counts)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(counts);
        return ReadEntriesCore(zip, counts);
    }

    private static IEnumerable<AdvisoryEntry> ReadEntriesCore(Stream zip, OsvZipCounts counts)
    {
        using var archive = OpenArchive(zip);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            foreach (var zipEntry in archive.Entries)
            {
                if (!zipEntry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                counts.Records++;
                if (zipEntry.Length > MaxRecordBytes)
                {
                    counts.Unparsable++;
                    continue;
                }

                var length = ReadContent(zipEntry, ref buffer);
                var record = TryParse(buffer.AsSpan(0, length));
                if (record is null)
                {
                    counts.Unparsable++;
                    continue;
                }

                if (counts.Modified is { } modified)
                {
                    modified[record.Id] = record.Modified;
                }

                if (record.Withdrawn is not null)
                {
                    counts.Withdrawn++;
                    continue;
                }

                var entries = OsvEntries.FromRecord(record);
                counts.SkippedAffected += (record.Affected?.Count ?? 0) - entries.Count;
                counts.Entries += entries.Count;
                foreach (var entry in entries)
                {
                    yield return entry;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ZipArchive OpenArchive(Stream zip)
    {
        try
        {
            return new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"The OSV export is not a readable zip archive (truncated or not a zip): {e.Message}", e);
        }
    }

    private static int ReadContent(ZipArchiveEntry zipEntry, ref byte[] buffer)
    {
        try
        {
            if (zipEntry.Length > buffer.Length)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = ArrayPool<byte>.Shared.Rent((int)zipEntry.Length);
            }

            using var content = zipEntry.Open();
            var expected = (int)zipEntry.Length;
            var read = content.ReadAtLeast(buffer.AsSpan(0, expected), expected, throwOnEndOfStream: false);
            if (read != expected)
            {
                throw new InvalidDataException($"ended after {read} of {expected} bytes");
            }

            return read;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new InvalidDataException($"The OSV export is corrupt: entry '{zipEntry.FullName}' cannot be read: {e.Message}", e);
        }
    }

    /// <summary>One record's JSON; null when it is not valid OSV JSON or has no id.</summary>
    internal static OsvRecord? TryParse(ReadOnlySpan<byte> json)
    {
        try
        {
            var record = JsonSerializer.Deserialize(json, OsvJsonContext.Default.OsvRecord);
            return string.IsNullOrEmpty(record?.Id) ? null : OsvNulls.Removed(record);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
