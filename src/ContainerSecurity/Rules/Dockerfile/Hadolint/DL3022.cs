using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3022: COPY --from names a stage that is not defined before it.</summary>
/// <remarks>As hadolint: only earlier FROM ... AS aliases count (not stage numbers or image names).</remarks>
public sealed class DL3022 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3022", DiagnosticLevel.Warning, "COPY --from should reference a previously defined FROM alias",
        "Name the source stage with FROM ... AS name before this COPY and use --from=name.") { Equivalent = "hadolint DL3022" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var aliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var instruction in context.Instructions)
        {
            if (instruction.Is("FROM") && context.Document.Stages.FirstOrDefault(s => s.From == instruction)?.Name is { } name)
            {
                aliases.Add(name);
            }
            else if (instruction.Is("COPY") && instruction.Flag("from")?.Value is { } from && !aliases.Contains(from))
            {
                yield return new DockerfileHit(instruction, $"COPY --from should reference a previously defined FROM alias: '{from}'. {Info.Fix}");
            }
        }
    }
}
