using System.Globalization;

namespace ContainerSecurity.Dockerfile.Validation;

/// <summary>
/// BuildKit's <c>parseHealthcheck</c>: NONE takes nothing (and its flags are not even looked at); CMD needs a command,
/// durations are Go durations of at least 1ms (or 0), retries a non-negative 32-bit integer.
/// </summary>
internal static class HealthcheckRules
{
    private static readonly string[] Durations = ["interval", "timeout", "start-period", "start-interval"];

    public static DockerfileError? Check(Instruction i)
    {
        if (i.Words.Count == 0)
            return InstructionRules.At(i, "HEALTHCHECK requires at least one argument: write HEALTHCHECK CMD <command> or HEALTHCHECK NONE");
        var type = i.Words[0].ToUpperInvariant();
        if (type == "NONE")
            return i.Words.Count == 1 ? null : InstructionRules.At(i, "HEALTHCHECK NONE takes no arguments");
        if (FlagValidator.Check(i) is { } flagError)
            return flagError;
        if (type != "CMD")
            return InstructionRules.At(i, $"Unknown type \"{type}\" in HEALTHCHECK (try CMD)");
        if (i.Words.Count == 1)
            return InstructionRules.At(i, "Missing command after HEALTHCHECK CMD");

        foreach (var name in Durations)
        {
            if (i.Flag(name) is { Value: { Length: > 0 } value } flag && Duration(name, value) is { } message)
                return new DockerfileError(message, flag.Line, flag.Column);
        }
        return i.Flag("retries") is { Value: { Length: > 0 } retries } retriesFlag && Retries(retries) is { } retriesError
            ? new DockerfileError(retriesError, retriesFlag.Line, retriesFlag.Column)
            : null;
    }

    private static string? Duration(string name, string value)
    {
        if (!GoDuration.TryParse(value, out var nanoseconds, out var error))
            return error;
        return nanoseconds != 0 && nanoseconds < 1_000_000
            ? $"Interval \"{name}\" cannot be less than 1ms"
            : null;
    }

    // strconv.ParseInt(value, 10, 32)
    private static string? Retries(string value)
    {
        var digits = value.TrimStart('+', '-');
        if (digits.Length == 0 || value.Length - digits.Length > 1 || !digits.All(char.IsAsciiDigit))
            return $"strconv.ParseInt: parsing \"{value}\": invalid syntax";
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var retries))
            return $"strconv.ParseInt: parsing \"{value}\": value out of range";
        return retries < 0 ? $"--retries cannot be negative ({retries})" : null;
    }
}
