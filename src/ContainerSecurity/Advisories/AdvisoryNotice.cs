namespace ContainerSecurity.Advisories;

/// <summary>What the advisory data layer has to say about one ecosystem's data; the scanner turns it into a message or a finding.</summary>
public sealed record AdvisoryNotice(AdvisoryNoticeKind Kind, string Ecosystem, string Message)
{
    /// <param name="discarded">"PATH: why", as the cache readers give it.</param>
    public static AdvisoryNotice CacheDiscarded(string ecosystem, string discarded, string consequence)
    {
        var colon = discarded.IndexOf(": ", StringComparison.Ordinal);
        var (path, problem) = colon < 0 ? (discarded, "it could not be trusted") : (discarded[..colon], discarded[(colon + 2)..]);
        return new(AdvisoryNoticeKind.CacheDiscarded, ecosystem, $"The cached file {path} was discarded: {problem}. {consequence}.");
    }
}

public enum AdvisoryNoticeKind
{
    /// <summary>Progress: where the data came from and how old it is.</summary>
    Info,
    /// <summary>The data is older than the maximum age and could not be refreshed (offline): a warning naming its age.</summary>
    Stale,
    /// <summary>The download failed; the cached data was used: a warning.</summary>
    DownloadFailed,
    /// <summary>Offline and nothing cached: CSEC9002.</summary>
    NoDataOffline,
    /// <summary>The download failed and nothing is cached: the scan cannot judge this ecosystem (an error).</summary>
    NoData,
    /// <summary>A cached file (fetch state, modified.tsv, index) was damaged or did not match and was treated as absent: CSEC5011.</summary>
    CacheDiscarded,
}
