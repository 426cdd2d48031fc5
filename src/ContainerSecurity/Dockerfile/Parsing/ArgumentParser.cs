namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// BuildKit's dispatch table of line parsers: which keyword's arguments are JSON-or-text, JSON-or-word-list,
/// key/value pairs, whitespace separated words or one string. Unknown keywords keep no arguments, as in BuildKit.
/// </summary>
internal static class ArgumentParser
{
    public const string NotStringArray = "when using JSON array syntax, arrays must be comprised of strings only";

    public static ParsedArguments Parse(string keyword, string arguments, int argumentsOffset, char escape) =>
        keyword.ToLowerInvariant() switch
        {
            "add" or "copy" or "volume" => MaybeJsonToList(arguments),
            "arg" => NameValueParser.NamesOrPairs(arguments, escape),
            "cmd" or "entrypoint" or "run" or "shell" => MaybeJson(arguments),
            "env" or "label" => NameValueParser.Pairs(arguments, keyword.ToUpperInvariant(), escape),
            "expose" or "from" => new ParsedArguments { Words = Split(arguments) },
            "healthcheck" => HealthConfig(arguments),
            "maintainer" or "stopsignal" or "user" or "workdir" => new ParsedArguments { Words = OneOrNone(arguments) },
            "onbuild" => arguments.Length == 0
                ? new ParsedArguments()
                : new ParsedArguments { Trigger = CommandLineSplitter.Split(arguments, argumentsOffset) },
            _ => new ParsedArguments(),
        };

    private static ParsedArguments MaybeJson(string arguments)
    {
        if (arguments.Length == 0)
            return new ParsedArguments();
        return JsonStringArray.Read(arguments, out var items) switch
        {
            JsonArrayKind.StringArray => new ParsedArguments { Words = items, IsJson = true, JsonItems = items },
            JsonArrayKind.NotStringArray => new ParsedArguments { Words = [arguments], Error = NotStringArray },
            _ => new ParsedArguments { Words = [arguments] },
        };
    }

    private static ParsedArguments MaybeJsonToList(string arguments) =>
        JsonStringArray.Read(arguments, out var items) switch
        {
            JsonArrayKind.StringArray => new ParsedArguments { Words = items, IsJson = true, JsonItems = items },
            JsonArrayKind.NotStringArray => new ParsedArguments { Words = Split(arguments), Error = NotStringArray },
            _ => new ParsedArguments { Words = Split(arguments) },
        };

    // HEALTHCHECK <type> <command>: the type is the first word, the command is JSON-or-text.
    private static ParsedArguments HealthConfig(string arguments)
    {
        var separator = 0;
        while (separator < arguments.Length && !Whitespace.IsSpace(arguments[separator]))
            separator++;
        if (separator == 0)
            return new ParsedArguments();
        var next = separator;
        while (next < arguments.Length && Whitespace.IsSpace(arguments[next]))
            next++;
        var command = MaybeJson(arguments[next..]);
        return new ParsedArguments
        {
            Words = [arguments[..separator], .. command.Words],
            IsJson = command.IsJson,
            JsonItems = command.JsonItems,
            Error = command.Error,
        };
    }

    private static List<string> Split(string arguments) =>
        Whitespace.SplitSeparated(arguments).Select(p => p.Text).ToList();

    private static List<string> OneOrNone(string arguments) => arguments.Length == 0 ? [] : [arguments];
}
