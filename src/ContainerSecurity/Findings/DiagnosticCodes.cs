namespace ContainerSecurity.Findings;

/// <summary>Every code the engine itself emits outside the rule registry (the rules carry their own).</summary>
public static class DiagnosticCodes
{
    public const string HelpBase = "https://github.com/containersecurity-build/containersecurity-build/blob/main/docs/rules.md#";

    public const string ImageUnreadable = "CSEC9001";
    public const string NoAdvisoryData = "CSEC9002";
    public const string DaemonUnreachable = "CSEC9003";
    public const string DeliveryFailed = "CSEC9004";
    public const string HostFailed = "CSEC9005";
    public const string BadRequest = "CSEC9006";
    public const string DeliveredDigestMismatch = "CSEC9007";
    public const string AdvisoryDataUnavailable = "CSEC9008";
    public const string SignatureCheckFailed = "CSEC9009";

    public const string BaseImageUnsigned = "CSEC6001";
    public const string BaseImageSignatureInvalid = "CSEC6002";
    public const string DeliveryNotSigned = "CSEC6003";

    public const string SuppressionExpired = "CSEC5002";
    public const string SuppressionUnused = "CSEC5003";
    public const string AdvisoryDataStale = "CSEC5007";
    public const string AdvisoryDownloadFailed = "CSEC5008";
    public const string CachedFileDiscarded = "CSEC5011";
    public const string PackageListUnreadable = "CSEC5012";

    public static string HelpLink(string code) => HelpBase + code.ToLowerInvariant();
}
