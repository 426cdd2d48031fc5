using ContainerSecurity.Findings;
using ContainerSecurity.Images;
using Docker.DotNet;

namespace ContainerSecurity.Daemon;

/// <summary>
/// Fetches an image from a local Docker-API daemon (Docker or Podman, through DOCKER_HOST or the default sockets) as
/// the docker-save archive the daemon produces, into a file the scan then reads like any other archive.
/// </summary>
public static class DaemonImageSource
{
    public static async Task<string> SaveAsync(string reference, string targetFile, Func<string, string?> environment, CancellationToken ct, Network.NetworkLimits? limits = null)
    {
        limits ??= new Network.NetworkLimits();
        var failures = new List<string>();
        var (answered, saved) = await DaemonEndpoints.FirstAnsweringAsync(null, environment, async (client, endpoint) =>
        {
            try
            {
                await Network.NetworkWatch.RunAsync(limits, endpoint.ToString(), $"inspecting {reference}", ct, (token, _) => client.Images.InspectImageAsync(reference, token));
            }
            catch (DockerImageNotFoundException)
            {
                throw new ImageFormatException($"The daemon at {endpoint} has no image '{reference}'. Build or pull it first, or check the name and tag.");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetFile))!);
            var temp = targetFile + ".tmp";
            await Network.NetworkWatch.RunAsync(limits, endpoint.ToString(), $"saving {reference}", ct, async (token, watched) =>
            {
                await using var source = watched(await client.Images.SaveImageAsync(reference, token));
                await using var file = File.Create(temp);
                await source.CopyToAsync(file, token);
            });
            File.Move(temp, targetFile, overwrite: true);
            return targetFile;
        }, failures);
        if (answered)
        {
            return saved!;
        }
        throw new CodedException(DiagnosticCodes.DaemonUnreachable,
            $"No local container daemon answered for '{reference}'. Start Docker or the Podman service, or set DOCKER_HOST. Tried: {string.Join("; ", failures.DefaultIfEmpty("no socket found"))}");
    }
}
