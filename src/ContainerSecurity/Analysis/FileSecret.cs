using ContainerSecurity.Images.Layers;
using ContainerSecurity.Secrets;

namespace ContainerSecurity.Analysis;

/// <summary>A secret found in a file of the image; the value is already masked.</summary>
public sealed record FileSecret(ImageFile File, SecretMatch Match);
