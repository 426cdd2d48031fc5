using System.Diagnostics;
using System.Net;
using ContainerSecurity.Advisories;
using ContainerSecurity.Advisories.Data;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Advisories.Data;

/// <summary>A mirror that hangs or trickles costs one idle timeout: an error naming the host without a cache, the cache with a warning with one.</summary>
[TestClass]
public sealed class AdvisoryMirrorTimeoutTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private static AdvisoryOptions Options(LoopbackHttpServer server, string cache, DateTimeOffset now) => new()
    {
        OsvUrl = server.BaseUrl,
        CacheDirectory = cache,
        Now = now,
        Network = new() { IdleTimeout = TimeSpan.FromSeconds(2) },
    };

    private static async Task HeadersThenSilence(HttpListenerResponse response)
    {
        response.ContentLength64 = 100_000;
        await response.OutputStream.WriteAsync(new byte[] { (byte)'P' });
        await response.OutputStream.FlushAsync();
        await Task.Delay(TimeSpan.FromSeconds(60));
    }

    private static async Task Trickle(HttpListenerResponse response)
    {
        response.ContentLength64 = 100_000;
        for (var i = 0; i < 60; i++)
        {
            await response.OutputStream.WriteAsync(new byte[] { (byte)'P' });
            await response.OutputStream.FlushAsync();
            await Task.Delay(1000);
        }
    }

    [TestMethod]
    [DataRow("silent", "stopped moving data for 2 s while downloading")]
    [DataRow("trickle", "slower than 1,024 bytes/s")]
    public void Without_a_cache_a_stalled_mirror_is_CSEC9008_naming_the_host_within_the_timeout(string how, string expected)
    {
        using var server = new LoopbackHttpServer((_, response) => how == "silent" ? HeadersThenSilence(response) : Trickle(response));
        var clock = Stopwatch.StartNew();

        var data = AdvisoryDataLoader.Load(Options(server, OciImageBuilder.TempDirectory(), Start), ["Debian", "Alpine"], nuget: false);

        Assert.IsLessThan(30, clock.Elapsed.TotalSeconds);
        var errors = data.Notices.Where(n => n.Kind == AdvisoryNoticeKind.NoData).ToList();
        Assert.HasCount(2, errors);
        StringAssert.Contains(errors[0].Message, server.BaseUrl.TrimEnd('/'));
        StringAssert.Contains(errors[0].Message, expected);
        StringAssert.Contains(errors[1].Message, "It was not asked again", "the second ecosystem does not wait for a mirror that already stalled");
        Assert.AreEqual(1, server.Requests.Count);
    }

    [TestMethod]
    public void With_a_cache_a_hung_mirror_means_the_cached_data_with_CSEC5008_after_one_timeout()
    {
        var zip = OsvZips.Debian("zlib");
        var hang = false;
        using var server = new LoopbackHttpServer(async (request, response) =>
        {
            if (hang)
            {
                await Task.Delay(TimeSpan.FromSeconds(60));
            }
            await LoopbackHttpServer.Send(response, request.Url!.AbsolutePath.EndsWith("modified_id.csv") ? "2024-06-01T00:00:00Z,X"u8.ToArray() : zip, "\"v1\"");
        });
        var cache = OciImageBuilder.TempDirectory();
        AdvisoryDataLoader.Load(Options(server, cache, Start), ["Debian"], nuget: false).Dispose();
        hang = true;
        var clock = Stopwatch.StartNew();

        using var data = AdvisoryDataLoader.Load(Options(server, cache, Start.AddDays(2)), ["Debian"], nuget: false);

        Assert.IsLessThan(30, clock.Elapsed.TotalSeconds);
        Assert.AreEqual(1, data.Indexes["Debian"].Find("zlib").Count, "the cached data is used");
        var warning = data.Notices.Single(n => n.Kind == AdvisoryNoticeKind.DownloadFailed);
        StringAssert.Contains(warning.Message, "did not answer for 2 s");
        StringAssert.Contains(warning.Message, "the cached copy");
        Assert.AreEqual(0, server.Count("/Debian/all.zip") - 1, "all.zip is not asked for after modified_id.csv hung");
    }
}
