namespace ContainerSecurity.Images.Layers;

/// <summary>A layer-cache entry that cannot be trusted; the message says what is wrong with it, for the CSEC5011 warning.</summary>
internal sealed class LayerCacheEntryException(string reason) : Exception(reason);
