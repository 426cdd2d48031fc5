using ContainerSecurity.Images;
using ContainerSecurity.Settings;

namespace ContainerSecurity.Rules;

/// <summary>What an image rule sees: the image and where the project sets the properties that shaped it.</summary>
public sealed record ImageContext(ContainerImage Image, SettingLocator Settings);
