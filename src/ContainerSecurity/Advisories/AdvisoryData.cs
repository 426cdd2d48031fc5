namespace ContainerSecurity.Advisories;

/// <summary>The indexes a scan matches against, by ecosystem name (Debian, Alpine, NuGet...), and what happened getting them.</summary>
public sealed record AdvisoryData(IReadOnlyDictionary<string, IAdvisoryIndex> Indexes, IReadOnlyList<AdvisoryNotice> Notices)
{
    public static AdvisoryData Empty { get; } = new(new Dictionary<string, IAdvisoryIndex>(), []);
}
