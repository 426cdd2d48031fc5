using ContainerSecurity.Findings;
using ContainerSecurity.Images.Layers;

namespace ContainerSecurity.Rules.Image;

/// <summary>CSEC2004: a world-writable directory without the sticky bit lets any user replace another user's files.</summary>
public sealed class WorldWritableDirectoryRule : IImageRule
{
    private const int OtherWrite = 0x2;
    private const int Sticky = 0x200;

    public RuleInfo Info { get; } = new("CSEC2004", DiagnosticLevel.Warning, "A world-writable directory has no sticky bit",
        "Make the directory writable only by the app's user (chmod o-w), or set the sticky bit (chmod +t) as /tmp has.");

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        if (context.Analysis is not { } analysis)
        {
            yield break;
        }
        foreach (var dir in analysis.FileSystem.Files.Where(f => f.Kind == FileKind.Directory && (f.Mode & OtherWrite) != 0 && (f.Mode & Sticky) == 0))
        {
            yield return new RuleHit(
                $"Image {context.Image.DisplayName}: directory {dir.Path} is world-writable without the sticky bit (mode {Convert.ToString(dir.Mode, 8)}, layer {dir.LayerIndex + 1}, {(dir.FromBaseImage ? "from the base image" : "added by the app's layers")}). {Info.Fix}",
                dir.FromBaseImage ? context.Settings.Property("ContainerBaseImage") : context.Settings.Project);
        }
    }
}
