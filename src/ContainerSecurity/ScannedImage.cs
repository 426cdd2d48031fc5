namespace ContainerSecurity;

/// <summary>What was scanned, so the build can deliver exactly that and say which digest it was.</summary>
public sealed record ScannedImage(string Archive, string ManifestDigest, string ConfigDigest, string? Platform, IReadOnlyList<string> Tags);
