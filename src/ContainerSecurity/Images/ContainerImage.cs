namespace ContainerSecurity.Images;

/// <summary>One single-platform image of an archive: its manifest exactly as stored, its config and its layers.</summary>
public sealed record ContainerImage
{
    /// <summary>sha256 of the manifest bytes (for docker-save archives, of the Docker v2 manifest a push would send).</summary>
    public required string ManifestDigest { get; init; }
    public required string ManifestMediaType { get; init; }
    public required byte[] ManifestBytes { get; init; }
    public required Descriptor ConfigDescriptor { get; init; }
    public required byte[] ConfigBytes { get; init; }
    public required ImageConfig Config { get; init; }
    public required IReadOnlyList<Descriptor> Layers { get; init; }
    public string? Platform { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>How people name the image in messages: its platform when the archive holds several.</summary>
    public string DisplayName => Platform ?? ManifestDigest;
}
