using YamlDotNet.RepresentationModel;

namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>
/// A .hadolint.yaml/.hadolint.yml, honoured as hadolint reads it, so teams that already run hadolint get the same
/// verdicts: ignored rules, severity overrides, trusted registries, failure threshold, label schema, strict labels.
/// </summary>
public sealed record HadolintConfig
{
    public IReadOnlyList<string> Ignored { get; init; } = [];
    public IReadOnlyDictionary<string, HadolintSeverity> Overrides { get; init; } = new Dictionary<string, HadolintSeverity>();
    public IReadOnlyList<string> TrustedRegistries { get; init; } = [];
    public HadolintSeverity? FailureThreshold { get; init; }
    public IReadOnlyDictionary<string, string> LabelSchema { get; init; } = new Dictionary<string, string>();
    public bool StrictLabels { get; init; }
    public string? Path { get; init; }

    public static HadolintConfig Empty { get; } = new();

    /// <summary>Bytes of a .hadolint.yaml; hadolint's own are a few hundred.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The nearest .hadolint.yaml or .hadolint.yml from <paramref name="directory"/> up to the repository root.</summary>
    public static string? Find(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            foreach (var name in new[] { ".hadolint.yaml", ".hadolint.yml" })
            {
                var candidate = System.IO.Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
            if (Directory.Exists(System.IO.Path.Combine(dir.FullName, ".git")) || File.Exists(System.IO.Path.Combine(dir.FullName, ".git")))
            {
                return null;
            }
        }
        return null;
    }

    /// <exception cref="FormatException">The file is not valid YAML or not a mapping.</exception>
    public static HadolintConfig Load(string path)
    {
        var yaml = new YamlStream();
        var size = new FileInfo(path).Length;
        if (size > MaxBytes)
        {
            throw new FormatException($"{path} is {size} bytes, more than the {MaxBytes} a hadolint configuration may have.");
        }
        try
        {
            using var reader = new StringReader(File.ReadAllText(path));
            yaml.Load(reader);
        }
        // YamlDotNet's scanner throws InvalidOperationException, not YamlException, on some malformed input (found by fuzzing).
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"{path} is not valid YAML: {e.Message}", e);
        }
        if (yaml.Documents.Count == 0)
        {
            return Empty with { Path = path };
        }
        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException($"{path} must be a YAML mapping (ignored:, override:, trustedRegistries: ...).");
        }
        var overrides = new Dictionary<string, HadolintSeverity>(StringComparer.OrdinalIgnoreCase);
        if (Child(root, "override") is YamlMappingNode overrideNode)
        {
            foreach (var (key, value) in overrideNode.Children)
            {
                if (HadolintSeverities.Parse((key as YamlScalarNode)?.Value) is { } severity)
                {
                    foreach (var code in Strings(value))
                    {
                        overrides[code] = severity;
                    }
                }
            }
        }
        var schema = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Child(root, "label-schema") is YamlMappingNode schemaNode)
        {
            foreach (var (key, value) in schemaNode.Children)
            {
                if (key is YamlScalarNode { Value: { } name })
                {
                    schema[name] = (value as YamlScalarNode)?.Value ?? "text";
                }
            }
        }
        return new HadolintConfig
        {
            Path = path,
            Ignored = Strings(Child(root, "ignored")),
            Overrides = overrides,
            TrustedRegistries = Strings(Child(root, "trustedRegistries")),
            FailureThreshold = HadolintSeverities.Parse((Child(root, "failure-threshold") as YamlScalarNode)?.Value),
            LabelSchema = schema,
            StrictLabels = (Child(root, "strict-labels") as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() is "true" or "yes",
        };
    }

    private static YamlNode? Child(YamlMappingNode node, string name) =>
        node.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == name).Value;

    private static List<string> Strings(YamlNode? node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList(),
        YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value) => [scalar.Value!],
        _ => [],
    };
}
