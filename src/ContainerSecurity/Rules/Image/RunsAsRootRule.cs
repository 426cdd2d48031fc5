using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Image;

/// <summary>CSEC2001: the image's configured user is root, so a compromised app owns the container.</summary>
public sealed class RunsAsRootRule : IImageRule
{
    public RuleInfo Info { get; } = new(
        "CSEC2001",
        DiagnosticLevel.Error,
        "The image runs as root",
        "Set <ContainerUser>app</ContainerUser> (or a numeric uid such as 1654) in the project file, or use a base image that sets a non-root user, such as mcr.microsoft.com/dotnet/aspnet:10.0 or a chiseled image.");

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        var user = context.Image.Config.User?.Trim() ?? "";
        if (!IsRoot(user))
        {
            yield break;
        }
        var shown = user.Length == 0 ? "no user (root by default)" : $"user '{user}'";
        yield return new RuleHit(
            $"Image {context.Image.DisplayName} runs as {shown}. {Info.Fix}",
            context.Settings.Property("ContainerUser"));
    }

    public static bool IsRoot(string user)
    {
        var name = user.Split(':')[0];
        return name is "" or "root" or "0";
    }
}
