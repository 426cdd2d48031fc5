namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>The project's (and .hadolint.yaml's) settings the Dockerfile rules read.</summary>
public sealed record DockerfileSettings
{
    /// <summary>Registries a FROM image may come from (DL3026, CSEC5001); empty means any.</summary>
    public IReadOnlyList<string> TrustedRegistries { get; init; } = [];
    /// <summary>hadolint's label-schema: label name to type (text, url, email, semver, hash, rfc3339, spdx). Empty turns the label rules off.</summary>
    public IReadOnlyDictionary<string, string> LabelSchema { get; init; } = new Dictionary<string, string>();
    /// <summary>hadolint's strict-labels: labels outside the schema are reported (DL3050).</summary>
    public bool StrictLabels { get; init; }
    /// <summary>Report FROM images not pinned by digest (CSEC1104).</summary>
    public bool RequireDigest { get; init; }
    public ImageSettings Image { get; init; } = new();
}
