using NuGet.Versioning;

namespace ContainerSecurity.Advisories.Matching;

/// <summary>NuGet's vulnerability resource writes affected versions as an interval ("[1.0.0, 1.2.3)"): matched as NuGetAudit does.</summary>
public static class NuGetRangeEvaluator
{
    public static bool IsAffected(string range, string version, out string? fixedVersion)
    {
        fixedVersion = null;
        if (!VersionRange.TryParse(range, out var parsed) || !NuGetVersion.TryParse(version, out var installed) || !parsed.Satisfies(installed))
        {
            return false;
        }
        if (parsed.HasUpperBound && !parsed.IsMaxInclusive)
        {
            fixedVersion = parsed.MaxVersion!.ToNormalizedString();
        }
        return true;
    }
}
