using ContainerSecurity.Dockerfile.ShellCommands;

namespace ContainerSecurity.Dockerfile;

/// <summary>
/// Lists the simple commands of a shell script: split on <c>&amp;&amp;</c>, <c>||</c>, <c>;</c>, <c>|</c>, <c>&amp;</c>,
/// newlines, subshells and <c>{ }</c> groups, with the commands inside <c>$( )</c>, backticks and <c>&lt;( )</c>
/// listed too (before the command using them). Quotes, backslashes, comments and heredoc bodies are respected.
/// Never throws; malformed scripts give what could be read.
/// </summary>
public static class ShellCommandSplitter
{
    private static readonly HashSet<string> Shells = ["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"];

    public static IReadOnlyList<SimpleCommand> Split(string script) =>
        ShellGrammar.Commands(ShellTokenizer.Tokenize(script ?? ""));

    /// <summary>
    /// The commands of a RUN (or an ONBUILD RUN): its shell script with heredocs (see <see cref="RunScript"/>); for the
    /// exec form, the script of <c>["sh", "-c", "..."]</c>, or else the one command it names.
    /// </summary>
    public static IReadOnlyList<SimpleCommand> Split(Instruction run)
    {
        if (run.OnBuildTrigger is { } trigger)
            return Split(trigger);
        if (!run.Is("RUN"))
            return [];
        return run.IsJsonForm ? ExecForm(run.JsonArguments) : Split(RunScript.Of(run)!);
    }

    private static IReadOnlyList<SimpleCommand> ExecForm(IReadOnlyList<string> arguments)
    {
        if (arguments.Count == 0)
            return [];
        var program = arguments[0][(arguments[0].LastIndexOf('/') + 1)..];
        if (Shells.Contains(program))
        {
            for (var i = 1; i + 1 < arguments.Count; i++)
            {
                var option = arguments[i];
                if (option.StartsWith('-') && !option.StartsWith("--", StringComparison.Ordinal) && option.Contains('c'))
                    return Split(arguments[i + 1]);
            }
        }
        return
        [
            new SimpleCommand
            {
                Name = arguments[0],
                Arguments = arguments.Skip(1).ToList(),
                RawWords = arguments,
                Text = string.Join(" ", arguments),
            },
        ];
    }
}
