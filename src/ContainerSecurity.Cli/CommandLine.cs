namespace ContainerSecurity.Cli;

/// <summary>The parsed command line: a verb, its operands and --name value options.</summary>
internal sealed record CommandLine(string Verb, IReadOnlyList<string> Operands, IReadOnlyDictionary<string, string> Options)
{
    private static readonly HashSet<string> Flags = ["--offline", "--ignore-unfixed"];
    private static readonly HashSet<string> Known = ["--offline", "--ignore-unfixed", "--audit-level", "--max-age-hours", "--nuget-sources", "--osv-url", "--fail-on", "--cache-dir", "--report-dir", "--format", "--nowarn", "--warnaserror", "--trusted-registries", "--denied-images", "--max-image-size-mb", "--max-base-image-age-days", "--analysis-level", "--network-timeout", "--network-deadline", "--vex"];
    /// <summary>Options that may be given more than once; every value is kept, in order (<see cref="Values"/>).</summary>
    private static readonly HashSet<string> Repeatable = ["--vex"];

    public static CommandLine? Parse(string[] args, out string? error)
    {
        error = null;
        if (args.Length == 0)
        {
            error = "no command given";
            return null;
        }
        var operands = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var repeated = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                operands.Add(arg);
                continue;
            }
            var eq = arg.IndexOf('=');
            var name = eq > 0 ? arg[..eq] : arg;
            if (!Known.Contains(name))
            {
                error = $"unknown option '{name}'";
                return null;
            }
            if (Repeatable.Contains(name))
            {
                if (eq < 0 && i + 1 >= args.Length)
                {
                    error = $"option '{name}' needs a value";
                    return null;
                }
                var value = eq > 0 ? arg[(eq + 1)..] : args[++i];
                (repeated.TryGetValue(name, out var list) ? list : repeated[name] = []).Add(value);
            }
            else if (eq > 0)
            {
                options[name] = arg[(eq + 1)..];
            }
            else if (Flags.Contains(name))
            {
                options[name] = "true";
            }
            else if (i + 1 < args.Length)
            {
                options[name] = args[++i];
            }
            else
            {
                error = $"option '{name}' needs a value";
                return null;
            }
        }
        return new CommandLine(args[0], operands, options) { Repeated = repeated.ToDictionary(r => r.Key, r => (IReadOnlyList<string>)r.Value, StringComparer.Ordinal) };
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Repeated { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Every value of a repeatable option, in the order given.</summary>
    public IReadOnlyList<string> Values(string name) => Repeated.TryGetValue(name, out var values) ? values : [];

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;
}
