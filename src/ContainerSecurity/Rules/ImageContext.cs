using ContainerSecurity.Analysis;
using ContainerSecurity.Images;
using ContainerSecurity.Settings;

namespace ContainerSecurity.Rules;

/// <summary>What an image rule sees: the image, the project's policy, and where the project sets the properties that shaped it.</summary>
public sealed record ImageContext(ContainerImage Image, SettingLocator Settings, ImageSettings Policy, ImageAnalysis? Analysis = null)
{
    public ImageContext(ContainerImage image, SettingLocator settings)
        : this(image, settings, new ImageSettings())
    {
    }

    /// <summary>The base image: from the label the SDK writes, else the project's ContainerBaseImage.</summary>
    public ImageReference? BaseImage =>
        ImageReference.Parse(Image.Config.Labels.GetValueOrDefault("org.opencontainers.image.base.name") ?? Policy.BaseImage);
}
