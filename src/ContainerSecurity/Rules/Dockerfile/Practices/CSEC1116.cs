using System.Text.RegularExpressions;
using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1116: with the meta ARGs' defaults, the FROM image is not a valid reference (e.g. `ARG TAG` without default and `FROM alpine:${TAG}`).</summary>
public sealed partial class CSEC1116 : IDockerfileRule
{
    [GeneratedRegex(@"^(?:(?<registry>[a-zA-Z0-9.-]+(?::[0-9]+)?)/)?(?<path>[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::(?<tag>[\w][\w.-]{0,127}))?(?:@(?<digest>[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$")]
    private static partial Regex Reference();

    public RuleInfo Info { get; } = new("CSEC1116", DiagnosticLevel.Warning, "Default value for global ARG results in an empty or invalid base image name",
        "Give the meta ARG a default that makes a valid image name, e.g. ARG TAG=10.0 before FROM mcr.microsoft.com/dotnet/aspnet:${TAG}.")
    { Equivalent = "BuildKit InvalidDefaultArgInFrom" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var scopes = VariableScopes.Compute(context.Document);
        foreach (var stage in context.Document.Stages)
        {
            if (!stage.BaseImage.Contains('$'))
                continue;
            var expanded = scopes.Stages[stage.Index].BaseImage.Trim();
            if (expanded.Equals("scratch", StringComparison.OrdinalIgnoreCase) || PracticeHelpers.FromStage(context.Document, stage) && expanded.Length > 0)
                continue;
            if (expanded.Length == 0 || !Reference().IsMatch(expanded))
                yield return new DockerfileHit(stage.From, $"Default value for ARG {stage.BaseImage} results in {(expanded.Length == 0 ? "an empty" : $"an invalid ('{expanded}')")} base image name. {Info.Fix}");
        }
    }
}
