namespace ContainerSecurity.Advisories;

/// <summary>The advisories of one ecosystem, loaded from the compact index; only the names asked for are read.</summary>
public interface IAdvisoryIndex
{
    /// <summary>Entries whose package name equals <paramref name="packageName"/> (ordinal, ignoring case), any release.</summary>
    IReadOnlyList<AdvisoryEntry> Find(string packageName);
}
