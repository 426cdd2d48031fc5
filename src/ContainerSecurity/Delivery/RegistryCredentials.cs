using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ContainerSecurity.Delivery;

/// <summary>A user name and secret for one registry.</summary>
public sealed record RegistryCredential(string UserName, string Secret);

/// <summary>
/// Finds registry credentials where the .NET SDK does: DOTNET_CONTAINER_PUSH_REGISTRY_UNAME/PWORD (and the older
/// DOTNET_CONTAINER_REGISTRY_UNAME/PWORD), then docker's config.json ($DOCKER_CONFIG or ~/.docker): credHelpers,
/// credsStore, then auths; then podman's auth.json ($REGISTRY_AUTH_FILE, $XDG_RUNTIME_DIR/containers/auth.json).
/// </summary>
public sealed class RegistryCredentials(Func<string, string?> environment)
{
    public static RegistryCredentials FromEnvironment { get; } = new(Environment.GetEnvironmentVariable);

    public RegistryCredential? For(string registry)
    {
        var user = environment("DOTNET_CONTAINER_PUSH_REGISTRY_UNAME") ?? environment("DOTNET_CONTAINER_REGISTRY_UNAME") ?? environment("SDK_CONTAINER_REGISTRY_UNAME");
        var password = environment("DOTNET_CONTAINER_PUSH_REGISTRY_PWORD") ?? environment("DOTNET_CONTAINER_REGISTRY_PWORD") ?? environment("SDK_CONTAINER_REGISTRY_PWORD");
        if (!string.IsNullOrEmpty(user) && password is not null)
        {
            return new RegistryCredential(user, password);
        }
        foreach (var file in ConfigFiles())
        {
            if (FromConfigFile(file, registry) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private IEnumerable<string> ConfigFiles()
    {
        var dockerConfig = environment("DOCKER_CONFIG");
        var home = environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        yield return Path.Combine(string.IsNullOrEmpty(dockerConfig) ? Path.Combine(home, ".docker") : dockerConfig, "config.json");
        if (environment("REGISTRY_AUTH_FILE") is { Length: > 0 } authFile)
        {
            yield return authFile;
        }
        if (environment("XDG_RUNTIME_DIR") is { Length: > 0 } runtime)
        {
            yield return Path.Combine(runtime, "containers", "auth.json");
        }
    }

    private static RegistryCredential? FromConfigFile(string file, string registry)
    {
        if (!File.Exists(file))
        {
            return null;
        }
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var root = doc.RootElement;
        if (root.TryGetProperty("credHelpers", out var helpers) && helpers.ValueKind == JsonValueKind.Object)
        {
            foreach (var h in helpers.EnumerateObject())
            {
                if (SameRegistry(h.Name, registry) && h.Value.GetString() is { Length: > 0 } helper)
                {
                    return FromHelper(helper, registry);
                }
            }
        }
        if (root.TryGetProperty("auths", out var auths) && auths.ValueKind == JsonValueKind.Object)
        {
            foreach (var a in auths.EnumerateObject())
            {
                if (SameRegistry(a.Name, registry) && a.Value.TryGetProperty("auth", out var auth) && auth.GetString() is { Length: > 0 } encoded)
                {
                    var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                    var colon = decoded.IndexOf(':');
                    if (colon > 0)
                    {
                        return new RegistryCredential(decoded[..colon], decoded[(colon + 1)..]);
                    }
                }
            }
        }
        if (root.TryGetProperty("credsStore", out var store) && store.GetString() is { Length: > 0 } storeHelper)
        {
            return FromHelper(storeHelper, registry);
        }
        return null;
    }

    /// <summary>Runs docker-credential-HELPER get, the credential helper protocol: the server on stdin, JSON on stdout.</summary>
    private static RegistryCredential? FromHelper(string helper, string registry)
    {
        var start = new ProcessStartInfo("docker-credential-" + helper, "get")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.Write(registry);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(30_000) || process.ExitCode != 0)
            {
                return null;
            }
            using var doc = JsonDocument.Parse(output);
            var user = doc.RootElement.GetProperty("Username").GetString();
            var secret = doc.RootElement.GetProperty("Secret").GetString();
            return user is null || secret is null ? null : new RegistryCredential(user, secret);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or JsonException or KeyNotFoundException or IOException)
        {
            return null;
        }
    }

    private static bool SameRegistry(string configured, string registry)
    {
        var host = configured;
        if (Uri.TryCreate(configured, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        }
        host = host.TrimEnd('/');
        return host.Equals(registry, StringComparison.OrdinalIgnoreCase)
            || (registry is "docker.io" or "registry-1.docker.io" && host is "index.docker.io" or "docker.io" or "registry-1.docker.io");
    }
}
