using System.Diagnostics;
using ContainerSecurity.Advisories;
using ContainerSecurity.Advisories.Data;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Advisories.Data;

/// <summary>The real download code against a real HTTP server on loopback: conditional refresh, failures, offline, concurrency.</summary>
[TestClass]
public sealed class AdvisoryDownloadTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private static AdvisoryOptions Options(LoopbackHttpServer server, string cache, DateTimeOffset? now = null) => new()
    {
        OsvUrl = server.BaseUrl,
        CacheDirectory = cache,
        Now = now ?? Start,
        Network = new() { IdleTimeout = TimeSpan.FromSeconds(2) },
    };

    private static string Cache() => OciImageBuilder.TempDirectory();

    private static AdvisoryData Load(AdvisoryOptions options, string ecosystem = "Debian") => AdvisoryDataLoader.Load(options, [ecosystem], nuget: false);

    [TestMethod]
    public void Downloads_once_then_uses_the_cache_until_it_is_older_than_the_maximum_age_then_asks_conditionally()
    {
        var zip = OsvZips.Debian("zlib", "glibc");
        var modified = new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero);
        using var server = new LoopbackHttpServer(async (request, response) =>
        {
            if (request.Headers["If-None-Match"] == "\"v1\"")
            {
                response.StatusCode = 304;
                return;
            }
            await LoopbackHttpServer.Send(response, zip, "\"v1\"", modified);
        });
        var cache = Cache();

        var first = Load(Options(server, cache));
        Assert.HasCount(1, first.Indexes["Debian"].Find("zlib"));
        StringAssert.Contains(first.Notices.Single(n => n.Kind == AdvisoryNoticeKind.Info).Message, "2 OSV advisories");

        Load(Options(server, cache, Start.AddHours(23)));
        Assert.AreEqual(1, server.Requests.Count, "within 24 hours nothing is requested");

        var later = Load(Options(server, cache, Start.AddHours(25)));
        Assert.AreEqual(2, server.Count("/Debian/all.zip"));
        var conditional = server.Requests.Last();
        Assert.AreEqual("\"v1\"", conditional.IfNoneMatch);
        Assert.IsNotNull(conditional.IfModifiedSince);
        Assert.HasCount(1, later.Indexes["Debian"].Find("glibc"));
        StringAssert.Contains(later.Notices.Single().Message, "not modified");

        Load(Options(server, cache, Start.AddHours(26)));
        Assert.AreEqual(2, server.Count("/Debian/all.zip"), "a 304 counts as checked");
    }

    [TestMethod]
    public void A_new_zip_replaces_the_cached_data()
    {
        var version = 1;
        using var server = new LoopbackHttpServer((request, response) =>
            LoopbackHttpServer.Send(response, version == 1 ? OsvZips.Debian("zlib") : OsvZips.Debian("openssl"), $"\"v{version}\""));
        var cache = Cache();
        Assert.HasCount(1, Load(Options(server, cache)).Indexes["Debian"].Find("zlib"));

        version = 2;
        var refreshed = Load(Options(server, cache, Start.AddDays(2)));

        Assert.IsEmpty(refreshed.Indexes["Debian"].Find("zlib"));
        Assert.HasCount(1, refreshed.Indexes["Debian"].Find("openssl"));
    }

    [TestMethod]
    public void A_server_error_falls_back_to_the_cache_with_a_warning_and_without_a_cache_is_NoData()
    {
        var failing = false;
        using var server = new LoopbackHttpServer(async (request, response) =>
        {
            if (failing)
            {
                response.StatusCode = 500;
                return;
            }
            await LoopbackHttpServer.Send(response, OsvZips.Debian("zlib"), "\"v1\"");
        });
        var cache = Cache();
        Load(Options(server, cache));
        failing = true;

        var fallback = Load(Options(server, cache, Start.AddDays(2)));
        Assert.HasCount(1, fallback.Indexes["Debian"].Find("zlib"), "the cached data is used");
        var warning = fallback.Notices.Single(n => n.Kind == AdvisoryNoticeKind.DownloadFailed);
        StringAssert.Contains(warning.Message, "HTTP 500");
        StringAssert.Contains(warning.Message, "2 days old");

        var empty = Load(Options(server, Cache()));
        Assert.IsFalse(empty.Indexes.ContainsKey("Debian"));
        Assert.AreEqual(AdvisoryNoticeKind.NoData, empty.Notices.Single().Kind);
    }

    [TestMethod]
    public void A_slow_server_is_given_up_after_the_timeout()
    {
        using var server = new LoopbackHttpServer(async (request, response) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20));
            await LoopbackHttpServer.Send(response, OsvZips.Debian("zlib"));
        });
        var watch = Stopwatch.StartNew();

        var result = Load(Options(server, Cache()) with { Network = new() { IdleTimeout = TimeSpan.FromMilliseconds(500) } });

        Assert.IsLessThan(10, watch.Elapsed.TotalSeconds);
        StringAssert.Contains(result.Notices.Single(n => n.Kind == AdvisoryNoticeKind.NoData).Message, "did not answer for 0.5 s while downloading " + server.BaseUrl + "Debian/all.zip");
    }

    [TestMethod]
    public void A_truncated_download_never_replaces_good_data()
    {
        var good = OsvZips.Debian("zlib");
        var truncate = false;
        using var server = new LoopbackHttpServer(async (request, response) =>
        {
            if (!truncate)
            {
                await LoopbackHttpServer.Send(response, good, "\"v1\"");
                return;
            }
            // Promise the whole file, send half, hang up.
            var bigger = OsvZips.Debian("zlib", "openssl", "curl");
            response.ContentLength64 = bigger.Length;
            await response.OutputStream.WriteAsync(bigger.AsMemory(0, bigger.Length / 2));
            throw new IOException("connection dropped");
        });
        var cache = Cache();
        Load(Options(server, cache));
        truncate = true;

        var result = Load(Options(server, cache, Start.AddDays(2)));

        Assert.AreEqual(AdvisoryNoticeKind.DownloadFailed, result.Notices.First().Kind);
        Assert.HasCount(1, result.Indexes["Debian"].Find("zlib"));
        Assert.IsEmpty(result.Indexes["Debian"].Find("openssl"));
    }

    [TestMethod]
    public void A_half_zip_with_a_matching_length_is_rejected_too()
    {
        var zip = OsvZips.Debian("zlib", "openssl");
        using var server = new LoopbackHttpServer((request, response) => LoopbackHttpServer.Send(response, zip[..(zip.Length / 2)]));

        var result = Load(Options(server, Cache()));

        Assert.AreEqual(AdvisoryNoticeKind.NoData, result.Notices.Single().Kind);
    }

    [TestMethod]
    public void Offline_uses_old_data_with_a_warning_naming_its_age_and_without_data_is_NoDataOffline()
    {
        using var server = new LoopbackHttpServer((request, response) => LoopbackHttpServer.Send(response, OsvZips.Debian("zlib")));
        var cache = Cache();
        Load(Options(server, cache));

        var offline = Load(Options(server, cache, Start.AddDays(3)) with { Offline = true });

        Assert.AreEqual(1, server.Requests.Count, "offline never asks");
        Assert.HasCount(1, offline.Indexes["Debian"].Find("zlib"));
        StringAssert.Contains(offline.Notices.Single(n => n.Kind == AdvisoryNoticeKind.Stale).Message, "3 days old");

        var nothing = Load(Options(server, Cache()) with { Offline = true });
        Assert.AreEqual(AdvisoryNoticeKind.NoDataOffline, nothing.Notices.Single().Kind);
        Assert.AreEqual(1, server.Requests.Count);
    }

    [TestMethod]
    public void Concurrent_builds_download_once_and_all_get_the_data()
    {
        using var server = new LoopbackHttpServer(async (request, response) =>
        {
            await Task.Delay(300);
            await LoopbackHttpServer.Send(response, OsvZips.Debian("zlib"), "\"v1\"");
        });
        var cache = Cache();

        var results = new AdvisoryData[6];
        // Six loads blocking pool threads at once starve the in-process server of threads for a while; a build is one
        // process per load, so the short timeout of the other tests would only measure the test's own thread pool.
        var options = Options(server, cache) with { Network = new() { IdleTimeout = TimeSpan.FromSeconds(60) } };
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i => results[i] = Load(options));

        Assert.AreEqual(1, server.Count("/Debian/all.zip"), string.Join("\n", results.SelectMany(r => r.Notices).Select(n => n.Message)));
        Assert.IsTrue(results.All(r => r.Indexes["Debian"].Find("zlib").Count == 1));
    }

    [TestMethod]
    public void Ecosystem_names_with_spaces_are_escaped_as_in_the_bucket()
    {
        using var server = new LoopbackHttpServer((request, response) => LoopbackHttpServer.Send(response, OsvZips.Debian("zlib")));

        Load(Options(server, Cache()), "Azure Linux");

        Assert.AreEqual("/Azure%20Linux/all.zip", server.Requests.Single().RawUrl);
    }
}
