namespace ContainerSecurity.Dockerfile.Validation;

/// <summary>BuildKit's <c>BFlags.Parse</c>: the first problem with an instruction's flags, if any.</summary>
internal static class FlagValidator
{
    public static DockerfileError? Check(Instruction instruction)
    {
        var rules = FlagRules.For(instruction.Keyword);
        var used = new HashSet<string>();
        foreach (var flag in instruction.Flags)
        {
            var name = flag.Name;
            if (!rules.TryGetValue(name, out var kind))
                return At(flag, $"Unknown flag: {name}{Accepted(instruction.Keyword, rules)}");
            if (!used.Add(name) && kind != FlagKind.Strings)
                return At(flag, $"Duplicate flag specified: {name}: give --{name} once");
            if (kind == FlagKind.Bool && flag.Value is { } text)
            {
                if (text.Length == 0)
                    return At(flag, $"Missing a value on flag: {name}: write --{name} or --{name}=true");
                if (!text.Equals("true", StringComparison.OrdinalIgnoreCase) && !text.Equals("false", StringComparison.OrdinalIgnoreCase))
                    return At(flag, $"Expecting boolean value for flag {name}, not: {text}");
            }
            if (kind != FlagKind.Bool && flag.Value is null)
                return At(flag, $"Missing a value on flag: {name}: write --{name}=<value>");
        }
        return null;
    }

    private static string Accepted(string keyword, IReadOnlyDictionary<string, FlagKind> rules) =>
        rules.Count == 0
            ? $" ({keyword} takes no flags)"
            : $" ({keyword} accepts {string.Join(", ", rules.Keys.Select(k => "--" + k))})";

    private static DockerfileError At(InstructionFlag flag, string message) => new(message, flag.Line, flag.Column);
}
