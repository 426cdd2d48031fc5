using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL4006: a RUN with a pipe and no <c>-o pipefail</c> hides failures of all but the last command.</summary>
public sealed class DL4006 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL4006", DiagnosticLevel.Warning, "Set the SHELL option -o pipefail before RUN with a pipe in it",
        "Add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the RUN. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check.")
        { Equivalent = "hadolint DL4006" };

    private static readonly string[] NonPosix = ["pwsh", "powershell", "cmd"];

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            var pipefail = false;
            var posix = true;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Is("SHELL"))
                {
                    var words = instruction.IsJsonForm ? instruction.JsonArguments : instruction.Words;
                    var program = words.Count == 0 ? "" : words[0].Replace('\\', '/');
                    program = program[(program.LastIndexOf('/') + 1)..].ToLowerInvariant();
                    if (program.EndsWith(".exe", StringComparison.Ordinal))
                    {
                        program = program[..^4];
                    }
                    posix = !NonPosix.Contains(program);
                    // hadolint: only bash, zsh and ash honour -o pipefail (also in a group such as -eo).
                    pipefail = posix && program is "bash" or "zsh" or "ash" && words.Contains("pipefail")
                        && words.Skip(1).Any(w => w.StartsWith('-') && !w.StartsWith("--", StringComparison.Ordinal) && w.Contains('o'));
                }
                else if (instruction.Is("RUN") && posix && !pipefail && RunScript.Of(instruction) is { } script && HasPipe(script))
                {
                    yield return new DockerfileHit(instruction, $"RUN uses a pipe without -o pipefail. {Info.Fix}");
                }
            }
        }
    }

    /// <summary>A '|' outside quotes that is neither '||' nor '|&amp;'-free logical or.</summary>
    internal static bool HasPipe(string script)
    {
        char quote = '\0';
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == '\\' && quote == '"')
                {
                    i++;
                }
                continue;
            }
            switch (c)
            {
                case '\\':
                    i++;
                    break;
                case '\'' or '"':
                    quote = c;
                    break;
                case '#' when i == 0 || char.IsWhiteSpace(script[i - 1]):
                    while (i < script.Length && script[i] != '\n')
                    {
                        i++;
                    }
                    break;
                case '|':
                    if (i + 1 < script.Length && script[i + 1] == '|')
                    {
                        i++;
                        break;
                    }
                    return true;
            }
        }
        return false;
    }
}
