using ContainerSecurity.Dockerfile.Parsing;

namespace ContainerSecurity.Dockerfile.Validation;

/// <summary>
/// What BuildKit's <c>instructions.ParseInstruction</c> rejects after parsing: argument counts, flags, stage names,
/// ONBUILD triggers and unknown keywords. Checks run in BuildKit's order and stop at the first problem, as it does;
/// like BuildKit, ARG and STOPSIGNAL never look at their flags.
/// </summary>
internal static class InstructionRules
{
    public static DockerfileError? Check(Instruction i) => i.Keyword switch
    {
        "ADD" or "COPY" => SourcesAndDestination(i),
        "ARG" => Count(i, i.Words.Count < 1, "at least one argument", "ARG <name>[=<default>]") ?? BlankKey(i),
        "CMD" or "ENTRYPOINT" => FlagValidator.Check(i),
        "ENV" or "LABEL" => FlagValidator.Check(i)
            ?? Count(i, i.KeyValues.Count == 0, "at least one argument", $"{i.Keyword} <key>=<value>") ?? BlankKey(i),
        "EXPOSE" => Count(i, i.Words.Count == 0, "at least one argument", "EXPOSE <port>[/<protocol>]") ?? FlagValidator.Check(i),
        "FROM" => StageName(i) ?? FlagValidator.Check(i),
        "HEALTHCHECK" => HealthcheckRules.Check(i),
        "MAINTAINER" or "USER" or "WORKDIR" => Count(i, i.Words.Count != 1, "exactly one argument", $"{i.Keyword} <value>")
            ?? FlagValidator.Check(i),
        "STOPSIGNAL" => Count(i, i.Words.Count != 1, "exactly one argument", "STOPSIGNAL <signal>"),
        "ONBUILD" => Count(i, i.Words.Count == 0, "at least one argument", "ONBUILD <instruction>")
            ?? FlagValidator.Check(i) ?? Trigger(i),
        "RUN" => FlagValidator.Check(i) ?? RunFlagRules.Check(i),
        "SHELL" => FlagValidator.Check(i) ?? Shell(i),
        "VOLUME" => Count(i, i.Words.Count == 0, "at least one argument", "VOLUME <path>") ?? FlagValidator.Check(i)
            ?? (i.Words.Any(w => w.Trim().Length == 0) ? At(i, "VOLUME specified can not be an empty string") : null),
        _ => At(i, $"unknown instruction: {i.Keyword}" + (InstructionNames.Suggest(i.Keyword) is { } s ? $" (did you mean {s}?)" : "")
            + " (check the spelling, or whether the previous line is missing its line continuation)"),
    };

    private static DockerfileError? SourcesAndDestination(Instruction i)
    {
        if (i.Words.Count < 2)
            return At(i, $"{i.Keyword} requires at least two arguments, but only one was provided. Destination could not be determined.");
        return FlagValidator.Check(i)
            ?? (HeredocDetector.Parse(i.Words[^1], out _) is not null ? At(i, $"{i.Keyword} cannot accept a heredoc as a destination") : null);
    }

    private static DockerfileError? StageName(Instruction i)
    {
        var words = i.Words;
        if (words.Count == 3 && words[1].Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            var name = words[2].ToLowerInvariant();
            var valid = char.IsAsciiLetterLower(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.');
            return valid ? null : At(i, $"invalid name for build stage: \"{words[2]}\", name can't start with a number or contain symbols");
        }
        return words.Count == 1 ? null : At(i, "FROM requires either one or three arguments: write FROM <image> [AS <name>]");
    }

    private static DockerfileError? Trigger(Instruction i)
    {
        var trigger = i.Words[0].Trim().ToUpperInvariant();
        return trigger switch
        {
            "ONBUILD" => At(i, "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"),
            "MAINTAINER" or "FROM" => At(i, $"{trigger} isn't allowed as an ONBUILD trigger"),
            _ => null,
        };
    }

    private static DockerfileError? Shell(Instruction i)
    {
        if (i.Words.Count == 0)
            return At(i, "SHELL requires at least one argument");
        return i.IsJsonForm ? null : At(i, "SHELL requires the arguments to be in JSON form: write SHELL [\"executable\", \"parameters\"]" + WindowsPathHint(i.Arguments));
    }

    // BuildKit's hint for ["c:\windows\..."] written without doubling the backslashes.
    private static string WindowsPathHint(string arguments)
    {
        var text = arguments.ToLowerInvariant();
        var drivePath = System.Text.RegularExpressions.Regex.IsMatch(text, "\"[a-z]:\\\\");
        return drivePath && !text.Contains("\\\\") && text.Contains('[') && text.Contains(']')
            ? $". It looks like '{text}' includes a file path without an escaped back-slash. JSON requires back-slashes to be escaped such as [\"c:\\\\path\\\\to\\\\file.exe\", \"/parameter\"]"
            : "";
    }

    private static DockerfileError? BlankKey(Instruction i) =>
        i.KeyValues.FirstOrDefault(kv => kv.RawKey.Length == 0) is { } blank
            ? new DockerfileError($"{i.Keyword} names can not be blank: write {i.Keyword} <name>=<value>", blank.Line, blank.Column)
            : null;

    private static DockerfileError? Count(Instruction i, bool wrong, string expected, string usage) =>
        wrong ? At(i, $"{i.Keyword} requires {expected}: write {usage}") : null;

    internal static DockerfileError At(Instruction i, string message) => new(message, i.StartLine, i.StartColumn);
}
