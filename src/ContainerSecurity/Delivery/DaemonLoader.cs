using System.Diagnostics;
using ContainerSecurity.Findings;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ContainerSecurity.Delivery;

/// <summary>
/// Loads the scanned archive into a local Docker-API daemon (Docker or Podman) and checks that the daemon now holds
/// the scanned image (same config digest = image id). Falls back to the docker/podman CLI, as the SDK does, when no
/// socket answers.
/// </summary>
public sealed class DaemonLoader(Func<string, string?> environment)
{
    public async Task<IReadOnlyList<DeliveredImage>> LoadAsync(string archivePath, IReadOnlyList<string> references, IReadOnlyList<string> configDigests, string? localRegistry, CancellationToken ct)
    {
        var failures = new List<string>();
        foreach (var endpoint in DaemonEndpoints.Candidates(localRegistry, environment).Where(DaemonEndpoints.IsReachable))
        {
            try
            {
                using var client = new DockerClientConfiguration(endpoint).CreateClient();
                await client.System.PingAsync(ct);
                await using (var stream = File.OpenRead(archivePath))
                {
                    await client.Images.LoadImageAsync(new ImageLoadParameters { Quiet = true }, stream, new Progress<JSONMessage>(), ct);
                }
                return await VerifyAsync(client, references, configDigests, endpoint.ToString(), ct);
            }
            catch (Exception e) when (e is DockerApiException or HttpRequestException or IOException or TimeoutException or System.Net.Sockets.SocketException)
            {
                failures.Add($"{endpoint}: {e.Message}");
            }
        }
        foreach (var cli in CliOrder(localRegistry))
        {
            if (RunCli(cli, $"load -i \"{archivePath}\"", out var output))
            {
                return references.Select((r, i) => new DeliveredImage(r, configDigests[Math.Min(i, configDigests.Count - 1)])).ToList();
            }
            failures.Add($"{cli}: {output}");
        }
        throw new DeliveryException(DiagnosticCodes.DaemonUnreachable,
            "No local container daemon accepted the image. Start Docker or the Podman service (podman system service), set DOCKER_HOST, " +
            "or publish to a registry (ContainerRegistry) or an archive (ContainerArchiveOutputPath) instead. Tried: " + string.Join("; ", failures.DefaultIfEmpty("no socket found")));
    }

    private static async Task<IReadOnlyList<DeliveredImage>> VerifyAsync(DockerClient client, IReadOnlyList<string> references, IReadOnlyList<string> configDigests, string endpoint, CancellationToken ct)
    {
        var delivered = new List<DeliveredImage>();
        foreach (var reference in references)
        {
            var inspected = await client.Images.InspectImageAsync(reference, ct);
            var id = inspected.ID.StartsWith("sha256:", StringComparison.Ordinal) ? inspected.ID : "sha256:" + inspected.ID;
            if (!configDigests.Contains(id))
            {
                throw new DeliveryException(DiagnosticCodes.DeliveredDigestMismatch,
                    $"The daemon at {endpoint} holds {reference} as image {id}, which is not the scanned image ({string.Join(", ", configDigests)}).");
            }
            delivered.Add(new DeliveredImage(reference, id));
        }
        return delivered;
    }

    private static IEnumerable<string> CliOrder(string? localRegistry) =>
        string.Equals(localRegistry, "Podman", StringComparison.OrdinalIgnoreCase) ? ["podman", "docker"] : ["docker", "podman"];

    private static bool RunCli(string cli, string arguments, out string output)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(cli, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(600_000))
            {
                process.Kill(entireProcessTree: true);
                output = "timed out";
                return false;
            }
            output = (stdout + stderr.Result).Trim();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            output = e.Message;
            return false;
        }
    }
}
