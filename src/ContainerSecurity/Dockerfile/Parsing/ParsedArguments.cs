namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>A key and value as BuildKit's parser keeps them (quotes included), with the key's offset in the arguments.</summary>
internal sealed record RawKeyValue(string Key, string? Value, bool IsLegacy, int Offset);

/// <summary>What BuildKit's per-keyword line parser made of an instruction's arguments.</summary>
internal sealed class ParsedArguments
{
    public IReadOnlyList<string> Words { get; init; } = [];
    public bool IsJson { get; init; }

    /// <summary>The strings of the JSON form (for HEALTHCHECK, those after its type).</summary>
    public IReadOnlyList<string> JsonItems { get; init; } = [];
    public IReadOnlyList<RawKeyValue> KeyValues { get; init; } = [];

    /// <summary>A parse error BuildKit reports for these arguments, and its offset in them (null: the instruction).</summary>
    public string? Error { get; init; }
    public int? ErrorOffset { get; init; }

    /// <summary>For ONBUILD: the line of the instruction it registers.</summary>
    public CommandLine? Trigger { get; init; }
}
