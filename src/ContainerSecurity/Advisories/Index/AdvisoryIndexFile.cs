namespace ContainerSecurity.Advisories;

/// <summary>The compact on-disk index of one ecosystem's advisories: written once per download, read by name.</summary>
public static class AdvisoryIndexFile
{
    // STUB: replaced by the index work.
    public static void Write(IEnumerable<AdvisoryEntry> entries, string path) => throw new NotImplementedException();

    // STUB: replaced by the index work.
    public static IAdvisoryIndex Open(string path) => throw new NotImplementedException();
}
