namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>
/// Why Docker rejects a .dockerignore pattern, or null when it accepts it. moby's patternmatcher checks each pattern
/// with Go's filepath.Match (which fails with ErrBadPattern on a malformed character class or a trailing backslash),
/// then compiles it to a Go regexp on first use (a range whose end comes before its start fails there, again as
/// ErrBadPattern). Either way BuildKit cannot send the build context.
/// </summary>
internal static class DockerIgnorePatternSyntax
{
    public static string? Problem(string pattern)
    {
        for (var i = 0; i < pattern.Length;)
        {
            switch (pattern[i])
            {
                case '\\':
                    if (i + 1 >= pattern.Length)
                        return "it ends with a backslash that escapes nothing";
                    i += 2;
                    break;
                case '[':
                    if (ClassProblem(pattern, ref i) is { } problem)
                        return problem;
                    break;
                default:
                    i++;
                    break;
            }
        }
        return null;
    }

    /// <summary>Go's character class: [^ranges] or [ranges], a range being c or c-c, where c is any character but - and ] unless escaped.</summary>
    private static string? ClassProblem(string pattern, ref int i)
    {
        var start = i;
        i++;
        if (i < pattern.Length && pattern[i] == '^')
            i++;
        var ranges = 0;
        while (true)
        {
            if (i < pattern.Length && pattern[i] == ']' && ranges > 0)
            {
                i++;
                return null;
            }
            if (ClassCharacter(pattern, ref i, out var low) is { } lowProblem)
                return $"the character class at column {start + 1} {lowProblem}";
            var high = low;
            if (pattern[i] == '-')
            {
                i++;
                if (ClassCharacter(pattern, ref i, out high) is { } highProblem)
                    return $"the character class at column {start + 1} {highProblem}";
                if (high < low)
                    return $"the character class at column {start + 1} has the range {low}-{high}, whose end comes before its start";
            }
            ranges++;
        }
    }

    /// <summary>One class character (Go's getEsc): not - or ] unless escaped, and the class must go on after it.</summary>
    private static string? ClassCharacter(string pattern, ref int i, out char c)
    {
        c = '\0';
        if (i >= pattern.Length)
            return "is not closed with ]";
        if (pattern[i] is '-' or ']')
            return pattern[i] == ']' ? "is empty or starts with ] (write \\] for the character)" : "has a - where a character belongs (write \\- for the character)";
        if (pattern[i] == '\\')
        {
            i++;
            if (i >= pattern.Length)
                return "is not closed with ]";
        }
        c = pattern[i++];
        return i >= pattern.Length ? "is not closed with ]" : null;
    }
}
