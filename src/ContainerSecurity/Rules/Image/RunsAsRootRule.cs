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
        var mappedToRoot = !RootUser.RunsAsRoot(user) && MapsToUidZero(user.Split(':')[0], context);
        if (!RootUser.RunsAsRoot(user) && !mappedToRoot)
        {
            yield break;
        }
        var shown = user.Length == 0 ? "no user (root by default)" : mappedToRoot ? $"user '{user}', which /etc/passwd maps to uid 0" : $"user '{user}'";
        yield return new RuleHit(
            $"Image {context.Image.DisplayName} runs as {shown}. {Info.Fix}",
            context.Settings.Property("ContainerUser"));
    }

    private static bool MapsToUidZero(string name, ImageContext context)
    {
        if (name.Length == 0 || name.All(char.IsAsciiDigit) || context.Analysis?.FileSystem.ReadContent("/etc/passwd") is not { } passwd)
        {
            return false;
        }
        return System.Text.Encoding.UTF8.GetString(passwd).Split('\n')
            .Select(line => line.Split(':'))
            .Any(fields => fields.Length > 2 && fields[0] == name && fields[2].Trim() == "0");
    }
}
