using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

[TestClass]
public sealed class NetworkTimeoutGateTests
{
    [TestMethod]
    public void A_registry_that_accepts_connections_and_never_answers_fails_the_publish_with_CSEC9004_within_the_timeout()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var held = new List<TcpClient>();
        using var stop = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                lock (held)
                {
                    held.Add(client); // open and silent
                }
            }
        });
        var registry = $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>");
        project.Environment["DOTNET_CONTAINER_INSECURE_REGISTRIES"] = registry;
        var clock = Stopwatch.StartNew();

        var result = project.Publish($"-p:ContainerRegistry={registry}", "-p:ContainerSecurityNetworkTimeoutSeconds=3");

        stop.Cancel();
        lock (held)
        {
            held.ForEach(c => c.Dispose());
        }
        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var error = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC9004");
        StringAssert.Contains(error.Message, $"{registry} did not answer for 3 s");
        StringAssert.Contains(error.Message, "ContainerSecurityNetworkTimeoutSeconds");
        Assert.IsLessThan(300, clock.Elapsed.TotalSeconds, "the whole publish, build included");
    }
}
