using Docker.DotNet;

namespace ContainerSecurity.Daemon;

/// <summary>The Docker-API sockets to try, in the order the SDK and the docker/podman CLIs would use them.</summary>
public static class DaemonEndpoints
{
    public static IReadOnlyList<Uri> Candidates(string? localRegistry, Func<string, string?> environment)
    {
        var list = new List<string>();
        var podmanFirst = string.Equals(localRegistry, "Podman", StringComparison.OrdinalIgnoreCase);
        if (podmanFirst && environment("CONTAINER_HOST") is { Length: > 0 } containerHost)
        {
            list.Add(containerHost);
        }
        if (environment("DOCKER_HOST") is { Length: > 0 } dockerHost)
        {
            list.Add(dockerHost);
        }
        var podman = new List<string>();
        if (environment("XDG_RUNTIME_DIR") is { Length: > 0 } runtime)
        {
            podman.Add($"unix://{runtime}/podman/podman.sock");
        }
        podman.Add("unix:///run/podman/podman.sock");
        var docker = OperatingSystem.IsWindows() ? new List<string> { "npipe://./pipe/docker_engine" } : ["unix:///var/run/docker.sock"];
        list.AddRange(podmanFirst ? podman.Concat(docker) : docker.Concat(podman));
        return list.Distinct().Select(s => new Uri(s)).ToList();
    }

    public static bool IsReachable(Uri endpoint) =>
        endpoint.Scheme != "unix" || File.Exists(endpoint.LocalPath);

    /// <summary>
    /// Runs <paramref name="action"/> against the first reachable daemon that answers; the ones that did not are
    /// added to <paramref name="failures"/> so the caller can say what was tried.
    /// </summary>
    public static async Task<(bool Answered, T? Value)> FirstAnsweringAsync<T>(string? localRegistry, Func<string, string?> environment,
        Func<DockerClient, Uri, Task<T>> action, List<string> failures)
    {
        foreach (var endpoint in Candidates(localRegistry, environment).Where(IsReachable))
        {
            try
            {
                using var client = new DockerClientConfiguration(endpoint).CreateClient();
                return (true, await action(client, endpoint));
            }
            catch (Exception e) when (e is DockerApiException or HttpRequestException or IOException or TimeoutException or System.Net.Sockets.SocketException)
            {
                failures.Add($"{endpoint}: {e.Message}");
            }
        }
        return (false, default);
    }
}
