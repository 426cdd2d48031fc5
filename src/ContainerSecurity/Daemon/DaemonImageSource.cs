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
    public static async Task<string> SaveAsync(string reference, string targetFile, Func<string, string?> environment, CancellationToken ct)
    {
        var failures = new List<string>();
        foreach (var endpoint in DaemonEndpoints.Candidates(null, environment).Where(DaemonEndpoints.IsReachable))
        {
            try
            {
                using var client = new DockerClientConfiguration(endpoint).CreateClient();
                await client.Images.InspectImageAsync(reference, ct);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetFile))!);
                var temp = targetFile + ".tmp";
                await using (var source = await client.Images.SaveImageAsync(reference, ct))
                await using (var file = File.Create(temp))
                {
                    await source.CopyToAsync(file, ct);
                }
                File.Move(temp, targetFile, overwrite: true);
                return targetFile;
            }
            catch (DockerImageNotFoundException)
            {
                throw new ImageFormatException($"The daemon at {endpoint} has no image '{reference}'. Build or pull it first, or check the name and tag.");
            }
            catch (Exception e) when (e is DockerApiException or HttpRequestException or IOException or TimeoutException or System.Net.Sockets.SocketException)
            {
                failures.Add($"{endpoint}: {e.Message}");
            }
        }
        throw new CodedException(DiagnosticCodes.DaemonUnreachable,
            $"No local container daemon answered for '{reference}'. Start Docker or the Podman service, or set DOCKER_HOST. Tried: {string.Join("; ", failures.DefaultIfEmpty("no socket found"))}");
    }
}
