using System.Diagnostics;
using System.Net.Sockets;
using ContainerSecurity.Network;
using ContainerSecurity.Tests.Fixtures;
using Docker.DotNet;

namespace ContainerSecurity.Tests.Daemon;

/// <summary>A Docker-API socket that accepts and then says nothing, or stops in the middle of an image, is a timeout naming the socket.</summary>
[TestClass]
public sealed class DaemonTimeoutTests
{
    private static readonly NetworkLimits TwoSeconds = new() { IdleTimeout = TimeSpan.FromSeconds(2) };

    [TestMethod]
    public async Task A_daemon_that_never_answers_is_a_timeout_naming_the_socket()
    {
        using var daemon = new SilentSocket(answer: null);
        using var client = new DockerClientConfiguration(daemon.Endpoint).CreateClient();
        var clock = Stopwatch.StartNew();

        var e = await Assert.ThrowsExactlyAsync<NetworkTimeoutException>(() =>
            NetworkWatch.RunAsync(TwoSeconds, daemon.Endpoint.ToString(), "inspecting app:1", CancellationToken.None, (token, _) => client.Images.InspectImageAsync("app:1", token)));

        Assert.IsLessThan(30, clock.Elapsed.TotalSeconds);
        StringAssert.Contains(e.Message, $"{daemon.Endpoint} did not answer for 2 s while inspecting app:1");
    }

    [TestMethod]
    public async Task A_save_that_stops_halfway_is_a_timeout_while_reading()
    {
        using var daemon = new SilentSocket(answer: "HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nContent-Length: 100000\r\n\r\nxxxx");
        using var client = new DockerClientConfiguration(daemon.Endpoint).CreateClient();
        var clock = Stopwatch.StartNew();

        var e = await Assert.ThrowsExactlyAsync<NetworkTimeoutException>(() =>
            NetworkWatch.RunAsync(TwoSeconds, daemon.Endpoint.ToString(), "saving app:1", CancellationToken.None, async (token, watched) =>
            {
                await using var stream = watched(await client.Images.SaveImageAsync("app:1", token));
                await stream.CopyToAsync(Stream.Null, token);
            }));

        Assert.IsLessThan(30, clock.Elapsed.TotalSeconds);
        StringAssert.Contains(e.Message, $"{daemon.Endpoint}");
        StringAssert.Contains(e.Message, "saving app:1");
    }

    /// <summary>A unix socket that reads the request, writes <c>answer</c> (if any) and then keeps the connection open, silent.</summary>
    private sealed class SilentSocket : IDisposable
    {
        private readonly Socket _listener = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        private readonly CancellationTokenSource _stop = new();
        private readonly string _path = Path.Combine(OciImageBuilder.TempDirectory(), "d.sock");

        public SilentSocket(string? answer)
        {
            _listener.Bind(new UnixDomainSocketEndPoint(_path));
            _listener.Listen();
            _ = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    var connection = await _listener.AcceptAsync(_stop.Token);
                    _ = Task.Run(async () =>
                    {
                        var buffer = new byte[8192];
                        await connection.ReceiveAsync(buffer, _stop.Token);
                        if (answer is not null)
                        {
                            await connection.SendAsync(System.Text.Encoding.ASCII.GetBytes(answer), _stop.Token);
                        }
                        await Task.Delay(Timeout.Infinite, _stop.Token);
                    });
                }
            });
        }

        public Uri Endpoint => new("unix://" + _path);

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Dispose();
        }
    }
}
