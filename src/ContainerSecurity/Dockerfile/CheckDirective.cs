namespace ContainerSecurity.Dockerfile;

/// <summary>
/// The parsed <c># check=skip=Rule1,Rule2;error=true</c> directive, read as BuildKit's linter reads it.
/// </summary>
public sealed record CheckDirective(bool SkipAll, IReadOnlyList<string> Skip, bool Error)
{
    /// <summary>Parses the directive value; null with an error message when BuildKit would reject it.</summary>
    public static CheckDirective? Parse(string value, out string? error)
    {
        error = null;
        var skipAll = false;
        var failOnWarning = false;
        IReadOnlyList<string> skip = [];
        var text = value.Trim();
        if (text.Length == 0)
            return new CheckDirective(false, skip, false);

        foreach (var part in text.Split(';', 2))
        {
            var equals = part.IndexOf('=');
            if (equals < 0)
            {
                error = $"invalid check option \"{part}\": write check=skip=<rules>;error=<true|false>";
                return null;
            }
            var key = part[..equals].Trim();
            var setting = part[(equals + 1)..].Trim();
            switch (key)
            {
                case "skip" when setting == "all":
                    skipAll = true;
                    break;
                case "skip":
                    skip = setting.Split(',').Select(r => r.Trim()).ToList();
                    break;
                case "error" when GoBool(setting) is { } parsed:
                    failOnWarning = parsed;
                    break;
                case "error":
                    error = $"failed to parse check option \"{part}\": error takes true or false";
                    return null;
                default:
                    error = $"invalid check option \"{key}\": only skip and error are known";
                    return null;
            }
        }
        return new CheckDirective(skipAll, skip, failOnWarning);
    }

    // strconv.ParseBool
    private static bool? GoBool(string s) => s switch
    {
        "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
        "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
        _ => null,
    };
}
