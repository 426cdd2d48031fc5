namespace ContainerSecurity.Dockerfile.ShellCommands;

/// <summary>
/// Commands that run another command given as their arguments, with the options each takes a value for;
/// <c>sudo</c> and <c>env</c> also accept <c>VAR=value</c> words before it.
/// </summary>
internal static class CommandWrappers
{
    private static readonly Dictionary<string, HashSet<string>> ValueOptions = new()
    {
        ["sudo"] = ["-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-T", "-U", "--user", "--group", "--host", "--prompt", "--chdir"],
        ["doas"] = ["-u", "-C"],
        ["env"] = ["-u", "--unset", "-C", "--chdir", "-S", "--split-string"],
        ["nice"] = ["-n", "--adjustment"],
        ["nohup"] = [],
        ["exec"] = ["-a"],
        ["time"] = ["-f", "--format", "-o", "--output"],
        ["command"] = [],
    };

    public static SimpleCommand? Inner(SimpleCommand command)
    {
        if (!ValueOptions.TryGetValue(command.Program, out var valueOptions))
            return null;
        var arguments = command.Arguments;
        var i = 0;
        while (i < arguments.Count && arguments[i].StartsWith('-') && arguments[i] != "-")
        {
            if (arguments[i] == "--")
            {
                i++;
                break;
            }
            if (command.Program == "command" && arguments[i] is "-v" or "-V")
                return null;
            i += valueOptions.Contains(arguments[i]) ? 2 : 1;
        }
        var assignments = new List<string>();
        while (command.Program is "sudo" or "env" && i < arguments.Count && (arguments[i].Contains('=') || arguments[i] == "-"))
            assignments.Add(arguments[i++]);
        if (i >= arguments.Count)
            return null;
        return new SimpleCommand
        {
            Name = arguments[i],
            Arguments = arguments.Skip(i + 1).ToList(),
            RawWords = command.RawWords.Skip(i + 1).ToList(),
            Assignments = [.. command.Assignments, .. assignments],
            Redirections = command.Redirections,
            Text = command.Text,
        };
    }
}
