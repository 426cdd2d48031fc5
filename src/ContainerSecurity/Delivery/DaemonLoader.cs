using System.Diagnostics;
using System.IO.Pipelines;
using System.Runtime.InteropServices;
using ContainerSecurity.Daemon;
using ContainerSecurity.Findings;
using ContainerSecurity.Images;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ContainerSecurity.Delivery;

/// <summary>
/// Loads the scanned image into a local Docker-API daemon (Docker or Podman), streamed in docker-save form, and checks
/// that the daemon now holds the scanned image (image id = scanned config digest). Falls back to the docker/podman
/// CLI, as the SDK does, when no socket answers.
/// </summary>
public sealed class DaemonLoader(Func<string, string?> environment, Network.NetworkLimits? limits = null)
{
    private readonly Network.NetworkLimits _limits = limits ?? new Network.NetworkLimits();

    public async Task<IReadOnlyList<DeliveredImage>> LoadAsync(ImageArchive archive, IReadOnlyList<string> references, string? localRegistry, CancellationToken ct)
    {
        var image = ForThisMachine(archive.Images);
        var failures = new List<string>();
        var (answered, delivered) = await DaemonEndpoints.FirstAnsweringAsync(localRegistry, environment, async (client, endpoint) =>
        {
            await Network.NetworkWatch.RunAsync(_limits, endpoint.ToString(), "pinging the daemon", ct, (token, _) => client.System.PingAsync(token));
            var errors = new List<string>();
            await Network.NetworkWatch.RunAsync(_limits, endpoint.ToString(), "loading the image", ct, (token, watched) =>
                StreamAsync(archive, image, references, input =>
                    client.Images.LoadImageAsync(new ImageLoadParameters { Quiet = true }, watched(input), new Progress<JSONMessage>(m => { if (m.Error is { } e) { lock (errors) { errors.Add(e.Message); } } }), token), token));
            if (errors.Count > 0)
            {
                throw new DeliveryException(DiagnosticCodes.DeliveryFailed, $"The daemon at {endpoint} refused the image: {string.Join("; ", errors)}");
            }
            return await Network.NetworkWatch.RunAsync(_limits, endpoint.ToString(), "checking the loaded image", ct, (token, _) => VerifyAsync(client, references, image.ConfigDescriptor.Digest, endpoint.ToString(), token));
        }, failures);
        if (answered)
        {
            return delivered!;
        }
        foreach (var cli in CliOrder(localRegistry))
        {
            var (ok, output) = await LoadWithCliAsync(cli, archive, image, references, ct);
            if (ok)
            {
                return references.Select(r => new DeliveredImage(r, image.ConfigDescriptor.Digest)).ToList();
            }
            failures.Add($"{cli}: {output}");
        }
        throw new DeliveryException(DiagnosticCodes.DaemonUnreachable,
            "No local container daemon accepted the image. Start Docker or the Podman service (podman system service), set DOCKER_HOST, " +
            "or publish to a registry (ContainerRegistry) or an archive (ContainerArchiveOutputPath) instead. Tried: " + string.Join("; ", failures.DefaultIfEmpty("no socket found")));
    }

    /// <summary>A daemon runs one platform: of a multi-platform image, load the one for this machine, as `docker pull` would.</summary>
    private static ContainerImage ForThisMachine(IReadOnlyList<ContainerImage> images)
    {
        var arch = RuntimeInformation.OSArchitecture switch { Architecture.Arm64 => "arm64", Architecture.Arm => "arm", _ => "amd64" };
        return images.FirstOrDefault(i => i.Platform?.StartsWith($"linux/{arch}", StringComparison.Ordinal) == true) ?? images[0];
    }

    /// <summary>Writes the docker-save stream into a pipe while <paramref name="consume"/> reads it: nothing is staged on disk.</summary>
    private static async Task StreamAsync(ImageArchive archive, ContainerImage image, IReadOnlyList<string> references, Func<Stream, Task> consume, CancellationToken ct)
    {
        var pipe = new Pipe();
        var writing = Task.Run(async () =>
        {
            try
            {
                await DockerSaveWriter.WriteAsync(archive, image, references, pipe.Writer.AsStream(leaveOpen: true), ct);
                await pipe.Writer.CompleteAsync();
            }
            catch (Exception e)
            {
                await pipe.Writer.CompleteAsync(e);
                throw;
            }
        }, ct);
        await using (var input = pipe.Reader.AsStream())
        {
            await consume(input);
        }
        await writing;
    }

    private static async Task<IReadOnlyList<DeliveredImage>> VerifyAsync(DockerClient client, IReadOnlyList<string> references, string configDigest, string endpoint, CancellationToken ct)
    {
        var delivered = new List<DeliveredImage>();
        foreach (var reference in references)
        {
            var inspected = await client.Images.InspectImageAsync(reference, ct);
            var id = inspected.ID.StartsWith("sha256:", StringComparison.Ordinal) ? inspected.ID : "sha256:" + inspected.ID;
            if (id != configDigest)
            {
                throw new DeliveryException(DiagnosticCodes.DeliveredDigestMismatch,
                    $"The daemon at {endpoint} holds {reference} as image {id}, which is not the scanned image {configDigest}.");
            }
            delivered.Add(new DeliveredImage(reference, id));
        }
        return delivered;
    }

    private static IEnumerable<string> CliOrder(string? localRegistry) =>
        string.Equals(localRegistry, "Podman", StringComparison.OrdinalIgnoreCase) ? ["podman", "docker"] : ["docker", "podman"];

    private static async Task<(bool Ok, string Output)> LoadWithCliAsync(string cli, ImageArchive archive, ContainerImage image, IReadOnlyList<string> references, CancellationToken ct)
    {
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo(cli, "load")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (false, e.Message);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            try
            {
                await StreamAsync(archive, image, references, async input =>
                {
                    await input.CopyToAsync(process.StandardInput.BaseStream, ct);
                    process.StandardInput.Close();
                }, ct);
            }
            catch (IOException)
            {
                // The CLI exited early (no daemon, say); its own output below says why.
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromMinutes(10));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return (false, "timed out");
            }
            return (process.ExitCode == 0, ((await stdout) + (await stderr)).Trim());
        }
    }
}
