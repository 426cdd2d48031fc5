using System.Text;

namespace ContainerSecurity.Inventory;

/// <summary>
/// Python distributions installed in the image: the Name and Version headers of each dist-info METADATA or egg-info
/// PKG-INFO (the core metadata format: RFC 822 headers, then a blank line and the description, which is not read).
/// </summary>
public sealed class PythonPackageAnalyzer : IInventoryAnalyzer
{
    private const long MaxSize = 8L * 1024 * 1024;
    private const int MaxHeaderBytes = 256 * 1024;

    public string Name => "python";

    public int Version => 1;

    public bool Required(string path, long size) => size <= MaxSize && LanguagePackageFiles.IsPythonMetadata(path);

    public void Analyze(string path, ReadOnlyMemory<byte> content, InventoryBuilder inventory)
    {
        var span = content.Span[..Math.Min(content.Length, MaxHeaderBytes)];
        string? name = null, version = null;
        foreach (var rawLine in Encoding.UTF8.GetString(span).Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0)
            {
                break;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }
            var value = line[(colon + 1)..].Trim();
            switch (line[..colon])
            {
                case "Name": name ??= value; break;
                case "Version": version ??= value; break;
            }
        }
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(version))
        {
            throw new InventoryFormatException(path, "Python package metadata without Name and Version headers.");
        }
        inventory.AddPackage(new PackageRecord { Name = name, Version = version, Type = PackageType.PyPI, FoundAt = path });
    }

    /// <summary>PEP 503's normalized name: lower case, runs of '-', '_' and '.' as one '-'. PyPI and its purls use it.</summary>
    public static string NormalizedName(string name)
    {
        var normalized = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            if (c is '-' or '_' or '.')
            {
                if (normalized.Length == 0 || normalized[^1] != '-')
                {
                    normalized.Append('-');
                }
            }
            else
            {
                normalized.Append(char.ToLowerInvariant(c));
            }
        }
        return normalized.ToString();
    }
}
