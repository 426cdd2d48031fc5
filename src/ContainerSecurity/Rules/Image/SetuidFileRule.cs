using ContainerSecurity.Findings;
using ContainerSecurity.Images.Layers;

namespace ContainerSecurity.Rules.Image;

/// <summary>CSEC2003: the app's layers add a setuid or setgid file, a way to escalate to its owner's privileges.</summary>
public sealed class SetuidFileRule : IImageRule
{
    private const int SetUid = 0x800;
    private const int SetGid = 0x400;

    public RuleInfo Info { get; } = new("CSEC2003", DiagnosticLevel.Warning, "The app adds a setuid or setgid file",
        "Remove the setuid/setgid bit (chmod u-s,g-s) from files the app ships; an app never needs to raise its own privileges.");

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        if (context.Analysis is not { } analysis)
        {
            yield break;
        }
        foreach (var file in analysis.FileSystem.Files.Where(f => f.Kind == FileKind.File && !f.FromBaseImage && (f.Mode & (SetUid | SetGid)) != 0))
        {
            var bits = (file.Mode & SetUid) != 0 ? "setuid" : "setgid";
            yield return new RuleHit($"Image {context.Image.DisplayName}: {file.Path} is {bits} (mode {Convert.ToString(file.Mode, 8)}, layer {file.LayerIndex + 1}). {Info.Fix}", context.Settings.Project);
        }
    }
}
