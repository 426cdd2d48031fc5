using ContainerSecurity.Dockerfile.Shell;

namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// Turns the raw pairs into <see cref="KeyValue"/>s: quotes and escapes are processed with the file's escape
/// character as BuildKit does before it expands them; an unbalanced quote or bad <c>${}</c> is the error BuildKit
/// would report when it uses the value.
/// </summary>
internal static class KeyValueFactory
{
    public static List<KeyValue> Create(
        IReadOnlyList<RawKeyValue> raw, int argumentsOffset, PositionMap map, char escape, ParseDiagnostics diagnostics)
    {
        var options = new LexOptions(escape, SkipUnsetEnv: true);
        var pairs = new List<KeyValue>(raw.Count);
        foreach (var pair in raw)
        {
            var (line, column) = map.Locate(argumentsOffset + pair.Offset);
            var key = Process(pair.Key, options, line, column, diagnostics);
            var value = pair.Value is null ? null : Process(pair.Value, options, line, column, diagnostics);
            pairs.Add(new KeyValue(key, value, pair.Key, pair.Value, pair.IsLegacy, line, column));
        }
        return pairs;
    }

    private static string Process(string text, LexOptions options, int line, int column, ParseDiagnostics diagnostics)
    {
        var result = ShellLexer.Process(text, options);
        if (result.Error is null)
            return result.Text;
        diagnostics.Error($"{result.Error}: close the quote or the ${{...}}", line, column);
        return text;
    }
}
