using ContainerSecurity.Images;
using ContainerSecurity.Rules;
using ContainerSecurity.Settings;

namespace ContainerSecurity.Tests.Rules;

/// <summary>Image contexts for rule tests, from just the config parts a rule reads.</summary>
internal static class ImageContexts
{
    public static ImageContext With(ImageConfig config, ImageSettings? policy = null, long layerBytes = 1000, SettingLocator? locator = null) => new(
        new ContainerImage
        {
            ManifestDigest = "sha256:" + new string('b', 64),
            ManifestMediaType = MediaTypes.OciManifest,
            ManifestBytes = [],
            ConfigDescriptor = new Descriptor("application/vnd.oci.image.config.v1+json", "sha256:" + new string('a', 64), 2),
            ConfigBytes = [],
            Config = config,
            Layers = [new Descriptor("application/vnd.oci.image.layer.v1.tar+gzip", "sha256:" + new string('c', 64), layerBytes)],
            Platform = "linux/amd64",
        },
        locator ?? SettingLocator.None,
        policy ?? new ImageSettings());

    public static ImageConfig BasedOn(string baseImage) =>
        new() { Labels = new Dictionary<string, string> { ["org.opencontainers.image.base.name"] = baseImage } };
}
