using ContainerSecurity.Dockerfile.Shell;

namespace ContainerSecurity.Dockerfile;

/// <summary>
/// Expands a word as BuildKit's shell lexer (<c>ProcessWord</c>) does when it runs an instruction: <c>$V</c>,
/// <c>${V}</c>, <c>${V:-x}</c>, <c>${V-x}</c>, <c>${V:+x}</c>, <c>${V+x}</c>, <c>${V:?msg}</c>, <c>${V#p}</c>,
/// <c>${V%p}</c>, <c>${V/p/r}</c>; single quotes are literal, double quotes allow expansion, and the escape
/// character escapes the next character (<c>\$</c> is a literal dollar). A variable whose value is null is unset.
/// </summary>
public static class VariableExpander
{
    /// <exception cref="FormatException">The word is malformed (unclosed quote, <c>${</c> without <c>}</c>...), or a
    /// <c>${V?}</c> requirement failed; the message is BuildKit's.</exception>
    public static string Expand(string word, IReadOnlyDictionary<string, string?> vars, char escape = '\\') =>
        TryExpand(word, vars, escape, out var result, out var error) ? result : throw new FormatException(error);

    public static bool TryExpand(
        string word, IReadOnlyDictionary<string, string?> vars, char escape, out string result, out string? error)
    {
        var lexed = ShellLexer.Process(word, new LexOptions(escape), name => vars.TryGetValue(name, out var v) ? v : null);
        result = lexed.Error is null ? lexed.Text : word;
        error = lexed.Error;
        return error is null;
    }
}
