using System.Text.Json;
using ContainerSecurity.Delivery;
using ContainerSecurity.Network;
using ContainerSecurity.Tests.Delivery;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Cli;

/// <summary>
/// The credentials row of the hostile corpus through the engine host as the MSBuild task runs it
/// (`containersecurity host deliver REQUEST RESULT`, credentials from the environment): a registry that hands out an
/// upload Location on another origin gets the image pushed there without its username and password.
/// </summary>
[TestClass]
public sealed class HostDeliverCredentialTests
{
    [TestMethod]
    public void An_upload_Location_on_another_origin_gets_no_credentials_from_host_deliver()
    {
        using var elsewhere = new ScriptedHttpServer((_, s, ct) => ScriptedHttpServer.Answer(s, 201, ct: ct), hostName: "localhost");
        var registry = new ScriptedRegistry { UploadLocation = repo => $"{elsewhere.Origin}/upload/{Guid.NewGuid():N}?state=1" };
        using var server = new ScriptedHttpServer(registry.Respond);
        var folder = OciImageBuilder.TempDirectory();
        var builder = new OciImageBuilder();
        builder.AddImage("app");
        var request = Path.Combine(folder, "deliver-request.json");
        File.WriteAllText(request, JsonSerializer.Serialize(new DeliveryRequest
        {
            Archive = builder.WriteArchive(Path.Combine(folder, "image.tar.gz")),
            Destination = DestinationKind.Registry,
            Registry = server.Authority,
            Repository = "app/web",
            Tags = ["1.0"],
            Network = new NetworkLimits(),
        }, EngineJson.Options));
        var resultPath = Path.Combine(folder, "deliver-result.json");

        var (exit, output) = CliProcess.Run(new Dictionary<string, string>
        {
            ["DOTNET_CONTAINER_INSECURE_REGISTRIES"] = server.Authority,
            ["DOTNET_CONTAINER_REGISTRY_UNAME"] = ScriptedRegistry.User,
            ["DOTNET_CONTAINER_REGISTRY_PWORD"] = ScriptedRegistry.Password,
            ["HOME"] = folder,
            ["DOTNET_GCHeapHardLimit"] = CliProcess.HeapHardLimit,
        }, "host", "deliver", request, resultPath);

        Assert.AreEqual(0, exit, output);
        var result = JsonSerializer.Deserialize<DeliveryResult>(File.ReadAllText(resultPath), EngineJson.Options)!;
        Assert.IsEmpty(result.Findings, string.Join("\n", result.Findings.Select(f => f.Message)));
        Assert.HasCount(1, result.Delivered, "the image was pushed");
        var puts = elsewhere.Requests.Where(r => r.Method == "PUT").ToList();
        Assert.HasCount(2, puts, "the layer and the config were uploaded to the Location");
        Assert.IsTrue(puts.All(r => r.Authorization is null), "the other origin received: " + string.Join(", ", puts.Select(r => r.Authorization)));
        Assert.IsTrue(server.Requests.Where(r => r.Method == "PUT").All(r => r.Authorization == ScriptedRegistry.Basic), "the registry itself still gets its credentials");
        Assert.DoesNotContain(ScriptedRegistry.Password, output, "the password is in no output");
    }
}
