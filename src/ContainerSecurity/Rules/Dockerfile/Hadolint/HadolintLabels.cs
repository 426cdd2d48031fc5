using System.Text.RegularExpressions;
using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>Shared pieces of hadolint's label-schema rules (DL3048–DL3058).</summary>
internal static partial class HadolintLabels
{
    /// <summary>Every LABEL pair with its instruction, in file order.</summary>
    public static IEnumerable<(Instruction Label, KeyValue Pair)> Pairs(DockerfileContext context) =>
        context.All("LABEL").SelectMany(l => l.KeyValues.Select(kv => (l, kv)));

    /// <summary>The schema type of a label, or null when the label is not in the schema.</summary>
    public static string? SchemaType(DockerfileContext context, string key) =>
        context.Settings.LabelSchema.TryGetValue(key, out var type) ? type.Trim().ToLowerInvariant() : null;

    public static bool IsValidUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (value.Contains("://", StringComparison.Ordinal) ? uri.Host.Length > 0 || uri.Scheme == "file" : uri.Scheme is "mailto" or "urn");

    public static bool IsRfc3339(string value) => Rfc3339().IsMatch(value);
    public static bool IsGitHash(string value) => GitHash().IsMatch(value);
    public static bool IsSemVer(string value) => SemVer().IsMatch(value);
    public static bool IsEmail(string value) => Email().IsMatch(value);

    /// <summary>An SPDX license identifier (a common one), or an expression of them with AND, OR, WITH and parentheses.</summary>
    public static bool IsSpdx(string value)
    {
        var tokens = value.Replace("(", " ( ").Replace(")", " ) ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return false;
        }
        var expectLicense = true;
        var depth = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (expectLicense)
            {
                if (token == "(")
                {
                    depth++;
                    continue;
                }
                var id = token.EndsWith('+') ? token[..^1] : token;
                if (!SpdxIds.Contains(id) && !id.StartsWith("LicenseRef-", StringComparison.Ordinal))
                {
                    return false;
                }
                expectLicense = false;
            }
            else if (token == ")")
            {
                if (--depth < 0)
                {
                    return false;
                }
            }
            else if (token is "AND" or "OR")
            {
                expectLicense = true;
            }
            else if (token == "WITH" && i + 1 < tokens.Length && SpdxExceptions.Contains(tokens[i + 1]))
            {
                i++;
            }
            else
            {
                return false;
            }
        }
        return !expectLicense && depth == 0;
    }

    private static readonly HashSet<string> SpdxIds = new(
    [
        "0BSD", "AFL-3.0", "AGPL-1.0", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.0", "Apache-1.1", "Apache-2.0",
        "APSL-2.0", "Artistic-1.0", "Artistic-2.0", "BlueOak-1.0.0", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Patent",
        "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-4-Clause", "BSL-1.0", "BUSL-1.1", "bzip2-1.0.6", "CC-BY-3.0", "CC-BY-4.0",
        "CC-BY-SA-3.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-ND-4.0", "CC0-1.0", "CDDL-1.0", "CDDL-1.1", "CECILL-2.1",
        "CPL-1.0", "curl", "ECL-2.0", "EFL-2.0", "EPL-1.0", "EPL-2.0", "EUPL-1.1", "EUPL-1.2", "FTL", "GFDL-1.3", "GFDL-1.3-only",
        "GFDL-1.3-or-later", "GPL-1.0", "GPL-1.0-only", "GPL-1.0-or-later", "GPL-2.0", "GPL-2.0-only", "GPL-2.0-or-later",
        "GPL-3.0", "GPL-3.0-only", "GPL-3.0-or-later", "HPND", "ICU", "IJG", "ISC", "LGPL-2.0", "LGPL-2.0-only",
        "LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0-only", "LGPL-3.0-or-later",
        "Libpng", "libpng-2.0", "LPPL-1.3c", "MIT", "MIT-0", "MIT-CMU", "MPL-1.0", "MPL-1.1", "MPL-2.0",
        "MPL-2.0-no-copyleft-exception", "MS-PL", "MS-RL", "MulanPSL-2.0", "NCSA", "ODbL-1.0", "OFL-1.1", "OpenSSL", "OSL-3.0",
        "PHP-3.0", "PHP-3.01", "PostgreSQL", "PSF-2.0", "Python-2.0", "Ruby", "SSPL-1.0", "Unicode-DFS-2016", "Unicode-3.0",
        "Unlicense", "UPL-1.0", "Vim", "W3C", "WTFPL", "X11", "Zlib", "zlib-acknowledgement", "ZPL-2.1", "NOASSERTION", "NONE",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> SpdxExceptions = new(
    [
        "Classpath-exception-2.0", "GCC-exception-3.1", "LLVM-exception", "OpenJDK-assembly-exception-1.0", "Autoconf-exception-3.0",
        "Bison-exception-2.2", "Font-exception-2.0", "freertos-exception-2.0", "Linux-syscall-note", "Qt-GPL-exception-1.0",
    ], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"^(?:[0-9a-f]{7}|[0-9a-f]{40})$")]
    private static partial Regex GitHash();

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$")]
    private static partial Regex SemVer();

    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")]
    private static partial Regex Email();
}

/// <summary>A label-schema type check: every LABEL whose schema type is <see cref="Type"/> must hold a valid value.</summary>
public abstract class HadolintLabelTypeRule : IDockerfileRule
{
    public abstract RuleInfo Info { get; }
    protected abstract string Type { get; }
    protected abstract string What { get; }
    protected abstract bool IsValid(string value);

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        if (context.Settings.LabelSchema.Count == 0)
        {
            yield break;
        }
        foreach (var (label, pair) in HadolintLabels.Pairs(context))
        {
            var value = pair.Value ?? "";
            if (HadolintLabels.SchemaType(context, pair.Key) == Type && value.Length > 0 && !value.Contains('$') && !IsValid(value))
            {
                yield return new DockerfileHit(label, $"Label `{pair.Key}` is not {What}: \"{value}\". {Info.Fix}");
            }
        }
    }
}
