using System.Diagnostics;
using ContainerSecurity.Delivery;
using ContainerSecurity.Findings;
using ContainerSecurity.Network;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Delivery;

/// <summary>A registry that stops answering, stops reading or trickles is a CSEC9004 naming the host, within the configured timeout.</summary>
[TestClass]
public sealed class RegistryTimeoutTests
{
    private static readonly NetworkLimits TwoSeconds = new() { IdleTimeout = TimeSpan.FromSeconds(2) };

    [TestMethod]
    public async Task A_registry_that_never_answers_the_upload_is_CSEC9004_naming_the_host_and_the_blob()
    {
        var registry = new ScriptedRegistry { Upload = (_, _, ct) => Task.Delay(Timeout.Infinite, ct) };
        using var server = new ScriptedHttpServer(registry.Respond);

        var (result, elapsed) = await Deliver(server, TwoSeconds);

        var error = result.Findings.Single();
        Assert.AreEqual(DiagnosticCodes.DeliveryFailed, error.Code);
        StringAssert.Contains(error.Message, $"{server.Origin} did not answer for 2 s while uploading blob sha256:");
        StringAssert.Contains(error.Message, "ContainerSecurityNetworkTimeoutSeconds");
        Assert.IsLessThan(30, elapsed.TotalSeconds);
        Assert.IsEmpty(result.Delivered);
    }

    [TestMethod]
    public async Task A_registry_that_sends_headers_then_nothing_is_CSEC9004_while_reading_its_answer()
    {
        // The upload's answer promises a body that never comes; the client reads error bodies, so answer 500.
        var registry = new ScriptedRegistry { Upload = async (_, s, ct) => { await ScriptedHttpServer.Write(s, "HTTP/1.1 500 X\r\nContent-Length: 100\r\n\r\n", ct); await Task.Delay(Timeout.Infinite, ct); } };
        using var server = new ScriptedHttpServer(registry.Respond);

        var (result, elapsed) = await Deliver(server, TwoSeconds);

        var error = result.Findings.Single();
        Assert.AreEqual(DiagnosticCodes.DeliveryFailed, error.Code);
        StringAssert.Contains(error.Message, $"{server.Origin} stopped moving data for 2 s while uploading blob sha256:");
        Assert.IsLessThan(30, elapsed.TotalSeconds);
    }

    [TestMethod]
    public async Task A_registry_that_trickles_one_byte_a_second_is_CSEC9004_for_being_too_slow()
    {
        var registry = new ScriptedRegistry
        {
            Upload = async (_, s, ct) =>
            {
                await ScriptedHttpServer.Write(s, "HTTP/1.1 500 X\r\nContent-Length: 60\r\n\r\n", ct);
                await ScriptedHttpServer.Trickle(s, new string('x', 60), ct);
            },
        };
        using var server = new ScriptedHttpServer(registry.Respond);

        var (result, elapsed) = await Deliver(server, new NetworkLimits { IdleTimeout = TimeSpan.FromSeconds(3) });

        var error = result.Findings.Single();
        Assert.AreEqual(DiagnosticCodes.DeliveryFailed, error.Code);
        StringAssert.Contains(error.Message, $"{server.Origin} moved only ");
        StringAssert.Contains(error.Message, "while uploading blob sha256:");
        StringAssert.Contains(error.Message, "slower than 1,024 bytes/s");
        Assert.IsLessThan(30, elapsed.TotalSeconds);
    }

    [TestMethod]
    public async Task The_deadline_bounds_a_push_that_keeps_moving()
    {
        // Each step answers within the idle timeout, but the whole push takes longer than the deadline.
        var registry = new ScriptedRegistry { BlobCheck = async (_, s, ct) => { await Task.Delay(700, ct); await ScriptedHttpServer.Answer(s, 404, ct: ct); } };
        using var server = new ScriptedHttpServer(registry.Respond);

        var (result, elapsed) = await Deliver(server, new NetworkLimits { IdleTimeout = TimeSpan.FromSeconds(5), Deadline = TimeSpan.FromSeconds(1) });

        var error = result.Findings.Single();
        Assert.AreEqual(DiagnosticCodes.DeliveryFailed, error.Code);
        StringAssert.Contains(error.Message, "The network deadline of 1 s (ContainerSecurityNetworkDeadlineSeconds) passed while");
        StringAssert.Contains(error.Message, server.Origin);
        Assert.IsLessThan(30, elapsed.TotalSeconds);
    }

    [TestMethod]
    public async Task A_slow_answer_within_the_timeout_still_delivers()
    {
        var registry = new ScriptedRegistry { Upload = async (_, s, ct) => { await Task.Delay(500, ct); await ScriptedHttpServer.Answer(s, 201, ct: ct); } };
        using var server = new ScriptedHttpServer(registry.Respond);

        var (result, _) = await Deliver(server, TwoSeconds);

        Assert.IsEmpty(result.Findings, string.Join("\n", result.Findings.Select(f => f.Message)));
        Assert.HasCount(1, result.Delivered);
    }

    internal static async Task<(DeliveryResult Result, TimeSpan Elapsed)> Deliver(ScriptedHttpServer server, NetworkLimits limits)
    {
        var builder = new OciImageBuilder();
        builder.AddImage("app");
        var archive = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_CONTAINER_INSECURE_REGISTRIES"] = server.Authority,
            ["DOTNET_CONTAINER_REGISTRY_UNAME"] = ScriptedRegistry.User,
            ["DOTNET_CONTAINER_REGISTRY_PWORD"] = ScriptedRegistry.Password,
            ["HOME"] = OciImageBuilder.TempDirectory(),
        };
        var clock = Stopwatch.StartNew();
        var result = await Deliverer.DeliverAsync(new DeliveryRequest
        {
            Archive = archive,
            Destination = DestinationKind.Registry,
            Registry = server.Authority,
            Repository = "app/web",
            Tags = ["1.0"],
            Network = limits,
        }, name => environment.GetValueOrDefault(name), CancellationToken.None);
        return (result, clock.Elapsed);
    }
}
