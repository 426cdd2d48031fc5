namespace ContainerSecurity.Images.Layers;

/// <summary>One layer as it was read: its sizes, how many paths it wrote, and whether it came with the base image.</summary>
/// <param name="CompressedSize">Bytes of the blob as stored.</param>
/// <param name="UncompressedSize">Bytes of the tar inside it.</param>
/// <param name="FileCount">Paths the layer adds or replaces; whiteouts are not counted.</param>
/// <param name="IsBaseLayer">
/// Whether it came with the base image rather than from the app's build: decided from the config history the .NET SDK
/// writes, else every layer but the last.
/// </param>
public sealed record LayerInfo(int Index, string Digest, long CompressedSize, long UncompressedSize, int FileCount, bool IsBaseLayer, bool FromCache = false);
