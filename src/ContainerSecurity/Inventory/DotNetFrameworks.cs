using System.Text.RegularExpressions;

namespace ContainerSecurity.Inventory;

/// <summary>Where .NET installs its shared frameworks, and how their runtime packs are named on NuGet.</summary>
internal static partial class DotNetFrameworks
{
    private const string RuntimePackInfix = ".Runtime.";

    [GeneratedRegex(@"/shared/(?<framework>Microsoft\.(?:NETCore|AspNetCore|WindowsDesktop)\.App)/(?<version>[^/]+)/(?<file>[^/]+)$")]
    private static partial Regex SharedFrameworkFile();

    [GeneratedRegex(@"^Microsoft\.(?:NETCore|AspNetCore|WindowsDesktop)\.App\.Runtime\.(?<rid>.+)$")]
    private static partial Regex RuntimePackName();

    /// <summary>Recognizes <c>.../shared/Microsoft.NETCore.App/8.0.11/Microsoft.NETCore.App.deps.json</c>, the file every installed framework version has.</summary>
    public static bool TryParseFrameworkDeps(string path, out string framework, out string version)
    {
        if (!path.EndsWith(".deps.json", StringComparison.Ordinal))
        {
            framework = version = "";
            return false;
        }
        var match = SharedFrameworkFile().Match(path);
        framework = match.Groups["framework"].Value;
        version = match.Groups["version"].Value;
        return match.Success && match.Groups["file"].Value == framework + ".deps.json";
    }

    /// <summary>The runtime pack id, e.g. Microsoft.NETCore.App.Runtime.linux-x64, that advisories for this framework on this RID name.</summary>
    public static string RuntimePack(string framework, string rid) => framework + RuntimePackInfix + rid;

    public static bool IsRuntimePack(string packageId, out string rid)
    {
        var match = RuntimePackName().Match(packageId);
        rid = match.Groups["rid"].Value;
        return match.Success;
    }
}
