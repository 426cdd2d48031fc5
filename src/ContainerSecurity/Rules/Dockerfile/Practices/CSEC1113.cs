using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1113: instruction keywords in mixed case (`Run`), or against the case most of the file uses.</summary>
public sealed class CSEC1113 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1113", DiagnosticLevel.Warning, "Instructions should be in consistent casing",
        "Write every instruction keyword in the same case, upper case by convention (RUN, COPY, FROM).")
    { Equivalent = "BuildKit ConsistentInstructionCasing" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var written = context.Instructions.Select(i => (Instruction: i, Keyword: PracticeHelpers.WrittenKeyword(i))).ToList();
        var lower = written.Count(w => BuildKitChecks.IsLower(w.Keyword));
        var upper = written.Count(w => BuildKitChecks.IsUpper(w.Keyword));
        var majorityUpper = upper >= lower;
        foreach (var (instruction, keyword) in written)
        {
            if (!BuildKitChecks.IsUpper(keyword) && !BuildKitChecks.IsLower(keyword))
                yield return new DockerfileHit(instruction, $"Command '{keyword}' should be consistently cased. {Info.Fix}");
            else if (majorityUpper ? BuildKitChecks.IsLower(keyword) : BuildKitChecks.IsUpper(keyword))
                yield return new DockerfileHit(instruction, $"Command '{keyword}' should match the case of the command majority ({(majorityUpper ? "uppercase" : "lowercase")}). {Info.Fix}");
        }
    }
}
