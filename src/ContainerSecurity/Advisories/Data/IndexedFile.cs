namespace ContainerSecurity.Advisories;

/// <summary>
/// The compact index beside a cached download: built once per new download (or when missing, corrupt, or written
/// by another engine version), then opened by every scan. Callers hold the folder's <see cref="CacheLock"/>.
/// </summary>
public static class IndexedFile
{
    public static IAdvisoryIndex Open(string indexPath, FetchState state, string statePath, Func<IEnumerable<AdvisoryEntry>> entries, out FetchState indexed)
    {
        indexed = state;
        var stamp = $"{state.Version}/{EngineVersion.Current}";
        if (state.IndexedVersion == stamp && File.Exists(indexPath))
        {
            try
            {
                return AdvisoryIndexFile.Open(indexPath);
            }
            catch (InvalidDataException)
            {
                // Corrupt or another format: rebuilt below from the download it came from.
            }
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        AdvisoryIndexFile.Write(entries().Select(e => { ids.Add(e.Id); return e; }), indexPath);
        indexed = state with { IndexedVersion = stamp, EntryCount = ids.Count };
        indexed.Save(statePath);
        return AdvisoryIndexFile.Open(indexPath);
    }
}
