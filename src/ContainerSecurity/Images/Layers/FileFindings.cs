using ContainerSecurity.Secrets;

namespace ContainerSecurity.Images.Layers;

/// <summary>
/// What inspecting a file's bytes found as they streamed past, kept instead of the bytes: the secrets in it (values
/// already masked), or that it is binary and was not read as text.
/// </summary>
public sealed record FileFindings(bool Binary, IReadOnlyList<SecretMatch> Secrets)
{
    /// <summary>Read as text, nothing found.</summary>
    public static FileFindings Nothing { get; } = new(false, []);

    /// <summary>Not text: nothing was looked for.</summary>
    public static FileFindings NotText { get; } = new(true, []);
}
