namespace ContainerSecurity.Dockerfile;

/// <summary>
/// A parser directive (<c># syntax=</c>, <c># escape=</c>, <c># check=</c>) from the top of the file.
/// <see cref="Name"/> is lower case as BuildKit matches it; <see cref="Column"/> is the column of the <c>#</c>.
/// </summary>
public sealed record ParserDirective(string Name, string Value, int Line, int Column);
