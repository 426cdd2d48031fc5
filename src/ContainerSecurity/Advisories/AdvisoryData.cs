namespace ContainerSecurity.Advisories;

/// <summary>The indexes a scan matches against, by ecosystem name (Debian, Alpine, NuGet...), and what happened getting them.</summary>
public sealed record AdvisoryData(IReadOnlyDictionary<string, IAdvisoryIndex> Indexes, IReadOnlyList<AdvisoryNotice> Notices) : IDisposable
{
    public static AdvisoryData Empty { get; } = new(new Dictionary<string, IAdvisoryIndex>(), []);

    /// <summary>Closes the index files the indexes keep open.</summary>
    public void Dispose()
    {
        foreach (var index in Indexes.Values.OfType<IDisposable>())
        {
            index.Dispose();
        }
    }
}
