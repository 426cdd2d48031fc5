using ContainerSecurity.Findings;
using ContainerSecurity.Rules.Image;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1102: a package manager installs a package a production image should not carry (editors, remote shells, network tools, debuggers).</summary>
public sealed class CSEC1102 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1102", DiagnosticLevel.Warning, "An unnecessary package is installed",
        "Install it only in a build stage, or remove it; if the app needs it, add <ContainerSecurityAllowedPackage Include=\"NAME\" /> to the project.");

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var unnecessary = UnnecessaryPackages.For(context.Settings.Image);
        var finalStage = context.FinalStage is { } final ? PracticeHelpers.Ancestry(context.Document, final).Select(s => s.Index).ToHashSet() : [];
        foreach (var (run, command) in context.RunCommands())
        {
            if (!finalStage.Contains(run.StageIndex))
                continue;
            foreach (var package in PracticeHelpers.InstalledPackages(command).Where(unnecessary.Contains).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                yield return new DockerfileHit(run, $"{command.Unwrap().Invocation} installs {package}, which a production image should not carry. {Info.Fix}");
            }
        }
    }
}
