namespace ContainerSecurity.Advisories.Osv;

/// <summary>Reads an OSV ecosystem export (all.zip: one JSON record per entry) as index entries, one pass.</summary>
public static class OsvZip
{
    // STUB: replaced by the index work.
    public static IEnumerable<AdvisoryEntry> ReadEntries(Stream zip) => throw new NotImplementedException();
}
