using System.Text;

namespace ContainerSecurity.Inventory;

/// <summary>Canonical package URLs as the purl specification builds them: pkg:type/namespace/name@version?qualifiers#subpath.</summary>
public static class PurlBuilder
{
    public static string Build(
        string type,
        string? @namespace,
        string name,
        string? version,
        IEnumerable<KeyValuePair<string, string?>>? qualifiers = null,
        string? subpath = null)
    {
        var purl = new StringBuilder("pkg:").Append(type.ToLowerInvariant()).Append('/');
        var segments = (@namespace ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            purl.Append(Encode(segment)).Append('/');
        }
        purl.Append(Encode(name.Trim('/')));
        if (!string.IsNullOrEmpty(version))
        {
            purl.Append('@').Append(Encode(version));
        }

        var pairs = (qualifiers ?? [])
            .Where(q => !string.IsNullOrEmpty(q.Value))
            .Select(q => q.Key.ToLowerInvariant() + "=" + Encode(q.Value!))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (pairs.Count > 0)
        {
            purl.Append('?').AppendJoin('&', pairs);
        }

        var subpathSegments = (subpath ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s is not "." and not "..").ToList();
        if (subpathSegments.Count > 0)
        {
            purl.Append('#').AppendJoin('/', subpathSegments.Select(Encode));
        }
        return purl.ToString();
    }

    /// <summary>
    /// Percent-encodes everything but letters, digits, the punctuation .-_~ and the colon, which the spec keeps as-is
    /// (so a Debian epoch reads 1:2.4 while a + becomes %2B).
    /// </summary>
    public static string Encode(string value)
    {
        var encoded = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (IsKeptAsIs(b))
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2"));
            }
        }
        return encoded.ToString();
    }

    private static bool IsKeptAsIs(byte b) =>
        b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'
            or (byte)'.' or (byte)'-' or (byte)'_' or (byte)'~' or (byte)':';
}
