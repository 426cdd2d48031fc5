namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// BuildKit's line continuation rule (<c>([^E])E[ \t]*$|^E[ \t]*$</c> for escape E): the escape character as the
/// last non-blank character continues the line, unless another escape character precedes it.
/// </summary>
internal static class ContinuationMarker
{
    public static string Strip(string line, char escape, out bool continues)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] is ' ' or '\t')
            end--;
        continues = end > 0 && line[end - 1] == escape && (end == 1 || line[end - 2] != escape);
        return continues ? line[..(end - 1)] : line;
    }
}
