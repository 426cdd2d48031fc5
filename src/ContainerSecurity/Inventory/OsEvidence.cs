namespace ContainerSecurity.Inventory;

/// <summary>Which file said what the distribution is, weakest first: a stronger source wins whatever order the files come in.</summary>
public enum OsEvidence
{
    DebianVersion,
    DistroReleaseFile,
    LsbRelease,
    UsrLibOsRelease,
    EtcOsRelease,
}
