namespace ContainerSecurity.Dockerfile.Validation;

/// <summary>The values BuildKit's RUN hooks accept for <c>--network</c>, <c>--security</c> and the mount type.</summary>
internal static class RunFlagRules
{
    private static readonly string[] Networks = ["default", "none", "host"];
    private static readonly string[] Security = ["sandbox", "insecure"];
    private static readonly string[] MountTypes = ["bind", "cache", "tmpfs", "secret", "ssh"];

    public static DockerfileError? Check(Instruction i)
    {
        if (i.Flag("network") is { Value: { Length: > 0 } network } networkFlag && !Networks.Contains(network))
            return At(networkFlag, $"unsupported network mode \"{network}\": use one of {string.Join(", ", Networks)}");
        if (i.Flag("security") is { Value: { Length: > 0 } security } securityFlag && !Security.Contains(security))
            return At(securityFlag, $"unsupported security mode \"{security}\": use sandbox or insecure");
        foreach (var mount in i.Flags.Where(f => f.Name == "mount" && f.Value is not null))
        {
            var type = mount.Value!.Split(',')
                .Select(field => field.Split('=', 2))
                .FirstOrDefault(kv => kv.Length == 2 && kv[0].Trim().Equals("type", StringComparison.OrdinalIgnoreCase))?[1].Trim();
            if (type is not null && !MountTypes.Contains(type.ToLowerInvariant()))
                return At(mount, $"unsupported mount type \"{type}\": use one of {string.Join(", ", MountTypes)}");
        }
        return null;
    }

    private static DockerfileError At(InstructionFlag flag, string message) => new(message, flag.Line, flag.Column);
}
