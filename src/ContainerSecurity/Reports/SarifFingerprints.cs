using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Reports;

/// <summary>
/// The <c>partialFingerprints</c> that let code scanning recognise the same finding in the next scan, even after the
/// image was rebuilt (new manifest, config and layer digests) or lines moved in the Dockerfile. The hash covers:
/// <list type="bullet">
/// <item>vulnerabilities: the advisory id, the package purl (name and installed version) and the source file path;</item>
/// <item>other findings: the code, the source file path and the message with digests, long hex runs and numbers
/// replaced by placeholders (line numbers, sizes, dates and digests change between builds, the problem does not).</item>
/// </list>
/// Paths are relative to the source root, so two machines agree. Identical keys within one scan get an occurrence
/// suffix (<c>:1</c>, <c>:2</c>) in report order, as GitHub's own line hashes do.
/// </summary>
internal static partial class SarifFingerprints
{
    public const string Key = "containerSecurityFindingHash/v1";

    public static List<string> For(IReadOnlyList<Finding> findings, string? sourceRoot)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<string>(findings.Count);
        foreach (var finding in findings)
        {
            var hash = Hash(StableKey(finding, sourceRoot));
            var occurrence = seen[hash] = seen.GetValueOrDefault(hash) + 1;
            result.Add($"{hash}:{occurrence}");
        }
        return result;
    }

    public static string StableKey(Finding finding, string? sourceRoot)
    {
        var path = SarifLocations.StablePath(finding, sourceRoot) ?? "";
        return finding.Vulnerability is { } v
            ? string.Join('\n', "vulnerability", v.Id, v.Purl, path)
            : string.Join('\n', "finding", finding.Code, path, Normalize(finding.Message));
    }

    /// <summary>The message without what changes from build to build: digests, hex ids, numbers.</summary>
    public static string Normalize(string message)
    {
        var text = Digest().Replace(message, "<digest>");
        text = HexRun().Replace(text, "<hex>");
        return Number().Replace(text, "<n>");
    }

    private static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];

    [GeneratedRegex(@"\b[a-z0-9]+:[a-f0-9]{32,}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Digest();

    [GeneratedRegex(@"\b[a-f0-9]{12,}\b", RegexOptions.IgnoreCase)]
    private static partial Regex HexRun();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
