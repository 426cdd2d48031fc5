using System.Security.Cryptography;
using ContainerSecurity.Advisories.Index;

namespace ContainerSecurity.Advisories.Data;

/// <summary>
/// The compact index beside a cached download: built once per new download (or when missing, corrupt, or written
/// by another engine version), then opened by every scan. The fetch state (itself checksummed) records which download
/// and engine built the index and the index's length and SHA-256, checked before the index is trusted: an index that
/// does not match is rebuilt, never read as "no advisories". Callers hold the folder's <see cref="CacheLock"/>.
/// </summary>
public static class IndexedFile
{
    /// <param name="damaged">"PATH: why" when an index was there but could not be trusted and was rebuilt (CSEC5011).</param>
    public static IAdvisoryIndex Open(string indexPath, FetchState state, string statePath, Func<IEnumerable<AdvisoryEntry>> entries, out FetchState indexed, out string? damaged)
    {
        indexed = state;
        damaged = null;
        var stamp = $"{state.Version}/{EngineVersion.Current}";
        if (state.IndexedVersion == stamp && File.Exists(indexPath))
        {
            damaged = Mismatch(indexPath, state);
            if (damaged is null)
            {
                try
                {
                    return AdvisoryIndexFile.Open(indexPath);
                }
                catch (InvalidDataException e)
                {
                    damaged = $"{indexPath}: {e.Message.TrimEnd('.')}";
                }
            }
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        AdvisoryIndexFile.Write(entries().Select(e => { ids.Add(e.Id); return e; }), indexPath);
        var (length, sha) = Checksum(indexPath);
        indexed = state with { IndexedVersion = stamp, EntryCount = ids.Count, IndexLength = length, IndexSha256 = sha };
        indexed.Save(statePath);
        return AdvisoryIndexFile.Open(indexPath);
    }

    private static string? Mismatch(string indexPath, FetchState state)
    {
        var length = new FileInfo(indexPath).Length;
        if (state.IndexSha256 is null)
        {
            return $"{indexPath}: no checksum was recorded for it";
        }
        if (length != state.IndexLength)
        {
            return $"{indexPath}: it is {length:N0} bytes, not the {state.IndexLength:N0} it was built with";
        }
        return Checksum(indexPath).Sha256 == state.IndexSha256 ? null : $"{indexPath}: its content does not match the checksum recorded when it was built";
    }

    private static (long Length, string Sha256) Checksum(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
        return (file.Length, Convert.ToHexStringLower(SHA256.HashData(file)));
    }
}
