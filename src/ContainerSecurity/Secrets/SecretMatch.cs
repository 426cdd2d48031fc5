namespace ContainerSecurity.Secrets;

/// <summary>A secret found in some text: which kind, where (1-based line), and the value already masked.</summary>
public sealed record SecretMatch(SecretRule Rule, int Line, string MaskedValue);
