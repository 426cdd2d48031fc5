namespace ContainerSecurity.Images;

/// <summary>An OCI content descriptor: what a manifest or index says about a blob.</summary>
public sealed record Descriptor(string MediaType, string Digest, long Size, string? Platform = null);
