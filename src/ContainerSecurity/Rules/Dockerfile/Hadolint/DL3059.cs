using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3059: consecutive RUN instructions (with the same flags) that could be one layer. As in hadolint, a RUN
/// chaining more than two commands is taken as a deliberate split and not reported.</summary>
public sealed class DL3059 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3059", DiagnosticLevel.Note, "Multiple consecutive `RUN` instructions. Consider consolidation.",
        "Join consecutive RUN instructions with && into one.") { Equivalent = "hadolint DL3059" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        Instruction? previous = null;
        foreach (var instruction in context.Instructions)
        {
            if (instruction.Is("RUN") && previous is not null && previous.Is("RUN") && SameFlags(previous, instruction)
                && context.Commands(previous).Count <= 2 && context.Commands(instruction).Count <= 2)
            {
                yield return new DockerfileHit(instruction, $"This RUN follows another RUN. {Info.Fix}");
            }
            previous = instruction;
        }
    }

    private static bool SameFlags(Instruction a, Instruction b) =>
        a.Flags.Select(f => f.Text).Order(StringComparer.Ordinal).SequenceEqual(b.Flags.Select(f => f.Text).Order(StringComparer.Ordinal));
}
