namespace ContainerSecurity.Dockerfile.Validation;

/// <summary>
/// Groups instructions into stages as BuildKit's <c>instructions.Parse</c> does: only ARG may come before the first
/// FROM, and a Dockerfile needs at least one stage. Repeated stage names get BuildKit's lint warning.
/// </summary>
internal static class StageAssembler
{
    public static List<Stage> Assemble(
        IReadOnlyList<Instruction> instructions, ISet<Instruction> failed, List<DockerfileError> errors, List<DockerfileError> warnings)
    {
        var stages = new List<Stage>();
        var pending = new List<Instruction>();
        Instruction? from = null;
        foreach (var instruction in instructions)
        {
            if (instruction.Is("FROM"))
            {
                Close(stages, from, pending);
                from = instruction;
                pending = [];
            }
            else if (from is null)
            {
                if (!instruction.Is("ARG") && !failed.Contains(instruction))
                {
                    errors.Add(InstructionRules.At(instruction,
                        $"no build stage in current context: {instruction.Keyword} must come after a FROM (only ARG may come before the first FROM)"));
                }
            }
            else
            {
                pending.Add(instruction);
            }
        }
        Close(stages, from, pending);

        if (stages.Count == 0 && instructions.Count > 0)
            errors.Add(InstructionRules.At(instructions[0], "dockerfile contains no stages to build: add a FROM instruction"));
        foreach (var repeated in stages.Where(s => s.Name is not null).GroupBy(s => s.Name).SelectMany(g => g.Skip(1)))
            warnings.Add(InstructionRules.At(repeated.From, $"Duplicate stage name '{repeated.Name}', stage names should be unique"));
        return stages;
    }

    private static void Close(List<Stage> stages, Instruction? from, List<Instruction> instructions)
    {
        if (from is null)
            return;
        var words = from.Words;
        stages.Add(new Stage
        {
            Index = from.StageIndex,
            BaseImage = words.Count > 0 ? words[0] : "",
            Name = words.Count == 3 && words[1].Equals("as", StringComparison.OrdinalIgnoreCase) ? words[2].ToLowerInvariant() : null,
            Platform = from.Flag("platform")?.Value,
            From = from,
            Instructions = instructions,
        });
    }
}
