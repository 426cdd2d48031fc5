namespace ContainerSecurity.Dockerfile;

/// <summary>
/// One pair of an ENV, LABEL or ARG instruction.
/// <see cref="RawKey"/> and <see cref="RawValue"/> are the source text as BuildKit's parser keeps it (quotes included);
/// <see cref="Key"/> and <see cref="Value"/> have quotes and escapes processed as BuildKit does before use,
/// with variables left unexpanded (see <see cref="VariableExpander"/>).
/// <see cref="Value"/> and <see cref="RawValue"/> are null for an ARG declared without a default.
/// <see cref="IsLegacyForm"/> is true for <c>ENV key value</c> (no <c>=</c>).
/// <see cref="Line"/> and <see cref="Column"/> locate the key.
/// </summary>
public sealed record KeyValue(string Key, string? Value, string RawKey, string? RawValue, bool IsLegacyForm, int Line, int Column);
