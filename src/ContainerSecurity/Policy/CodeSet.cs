namespace ContainerSecurity.Policy;

/// <summary>A list of codes as MSBuild spells them (<c>;</c> or <c>,</c> separated, any case, spaces ignored).</summary>
public sealed class CodeSet(IEnumerable<string>? codes)
{
    private readonly HashSet<string> _codes = new(
        (codes ?? []).SelectMany(c => c.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
        StringComparer.OrdinalIgnoreCase);

    public bool Contains(string code) => _codes.Contains(code);

    public bool IsEmpty => _codes.Count == 0;
}
