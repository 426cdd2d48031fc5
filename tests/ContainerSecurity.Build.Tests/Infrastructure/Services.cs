namespace ContainerSecurity.Build.Tests.Infrastructure;

/// <summary>
/// The loopback services build/services.sh starts, read from its env file (or the environment). Without them a test is
/// inconclusive (skipped) on a developer machine, and fails under CI, where they must exist.
/// </summary>
internal static class Services
{
    private static readonly Lazy<Dictionary<string, string>> Values = new(Load);

    public static string Registry => Require("CSEC_REGISTRY");
    public static string AuthRegistry => Require("CSEC_AUTH_REGISTRY");
    public static string AuthUser => Require("CSEC_AUTH_USER");
    public static string AuthPassword => Require("CSEC_AUTH_PASSWORD");
    public static string PodmanSocket => Require("CSEC_PODMAN_SOCKET");

    /// <summary>The fixture base images build/base-images.sh pushes.</summary>
    public static string RootBase => $"{Registry}/csec/synthetic:1";
    public static string NonRootBase => $"{Registry}/csec/synthetic-nonroot:1";
    public static string MultiArchBase => $"{Registry}/csec/synthetic-multiarch:1";
    /// <summary>A real Debian 12 rootfs made by debootstrap --variant=minbase.</summary>
    public static string DebianBase => $"{Registry}/csec/debian:12";
    /// <summary>A Docker v2 (not OCI) base: the SDK then writes a docker-save archive.</summary>
    public static string DockerFormatBase => $"{Registry}/csec/synthetic-docker:1";

    private static string Require(string name)
    {
        if (Values.Value.TryGetValue(name, out var value) && value.Length > 0)
        {
            return value;
        }
        var message = $"{name} is not set: run build/services.sh start (and build/base-images.sh) first.";
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(message);
        }
        Assert.Inconclusive(message);
        return "";
    }

    private static Dictionary<string, string> Load()
    {
        var values = new Dictionary<string, string>();
        var state = Environment.GetEnvironmentVariable("CSEC_STATE") ?? "/tmp/csec-services";
        var envFile = Path.Combine(state, "env");
        if (File.Exists(envFile))
        {
            foreach (var line in File.ReadAllLines(envFile))
            {
                var text = line.StartsWith("export ", StringComparison.Ordinal) ? line[7..] : line;
                var eq = text.IndexOf('=');
                if (eq > 0)
                {
                    values[text[..eq].Trim()] = text[(eq + 1)..].Trim().Trim('"', '\'');
                }
            }
        }
        foreach (var key in new[] { "CSEC_REGISTRY", "CSEC_AUTH_REGISTRY", "CSEC_AUTH_USER", "CSEC_AUTH_PASSWORD", "CSEC_PODMAN_SOCKET" })
        {
            if (Environment.GetEnvironmentVariable(key) is { Length: > 0 } fromEnvironment)
            {
                values[key] = fromEnvironment;
            }
        }
        return values;
    }
}
