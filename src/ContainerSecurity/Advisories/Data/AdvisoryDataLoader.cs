namespace ContainerSecurity.Advisories;

/// <summary>Gets the advisory data a scan needs: downloads (conditionally) or reads the cache, builds and opens the indexes.</summary>
public static class AdvisoryDataLoader
{
    /// <param name="osvEcosystems">OSV ecosystem names without release (Debian, Alpine, NuGet...).</param>
    /// <param name="nuget">Whether to read the NuGet sources' VulnerabilityInfo resource too (the index is named "NuGet feed").</param>
    // STUB: replaced by the data work.
    public static AdvisoryData Load(AdvisoryOptions options, IReadOnlyCollection<string> osvEcosystems, bool nuget, CancellationToken cancellationToken = default) => AdvisoryData.Empty;
}
