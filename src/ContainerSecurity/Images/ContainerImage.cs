namespace ContainerSecurity.Images;

/// <summary>One single-platform image of an archive: its manifest exactly as stored, its config and its layers.</summary>
public sealed record ContainerImage
{
    /// <summary>sha256 of the manifest bytes; null for docker-save archives, which carry no manifest.</summary>
    public string? ManifestDigest { get; init; }
    public string? ManifestMediaType { get; init; }
    public byte[]? ManifestBytes { get; init; }
    public required Descriptor ConfigDescriptor { get; init; }
    public required byte[] ConfigBytes { get; init; }
    public required ImageConfig Config { get; init; }
    public required IReadOnlyList<Descriptor> Layers { get; init; }
    public string? Platform { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>How people name the image in messages: its platform when the archive holds several.</summary>
    public string DisplayName => Platform ?? ManifestDigest ?? ConfigDescriptor.Digest;
}
