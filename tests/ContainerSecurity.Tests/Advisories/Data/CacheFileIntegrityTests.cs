using ContainerSecurity.Advisories;
using ContainerSecurity.Advisories.Data;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Advisories.Data;

/// <summary>A damaged state file or modified.tsv is a cache miss with CSEC5011, never trusted and never "no advisories".</summary>
[TestClass]
public sealed class CacheFileIntegrityTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private static AdvisoryOptions Options(LoopbackHttpServer server, string cache, DateTimeOffset now) => new()
    {
        OsvUrl = server.BaseUrl,
        CacheDirectory = cache,
        Now = now,
        Network = new() { IdleTimeout = TimeSpan.FromSeconds(10) },
    };

    private static LoopbackHttpServer Mirror() => new(async (request, response) =>
        await LoopbackHttpServer.Send(response, request.Url!.AbsolutePath.EndsWith("modified_id.csv") ? "2024-06-01T00:00:00Z,X"u8.ToArray() : OsvZips.Debian("zlib"), "\"v1\""));

    [TestMethod]
    public void An_edited_state_file_is_discarded_with_CSEC5011_and_the_data_downloaded_again()
    {
        using var server = Mirror();
        var cache = OciImageBuilder.TempDirectory();
        AdvisoryDataLoader.Load(Options(server, cache, Start), ["Debian"], nuget: false).Dispose();
        var state = Directory.GetFiles(cache, "all.zip.state.json", SearchOption.AllDirectories).Single();
        File.WriteAllText(state, File.ReadAllText(state).Replace("\"checkedAt\": \"2026-11-28", "\"checkedAt\": \"2099-11-28"));

        using var data = AdvisoryDataLoader.Load(Options(server, cache, Start), ["Debian"], nuget: false);

        var notice = data.Notices.Single(n => n.Kind == AdvisoryNoticeKind.CacheDiscarded);
        StringAssert.Contains(notice.Message, state);
        StringAssert.Contains(notice.Message, "does not match its checksum");
        Assert.AreEqual(2, server.Count("/Debian/all.zip"), "the state was not trusted, so the data was fetched again");
        Assert.AreEqual(1, data.Indexes["Debian"].Find("zlib").Count);
    }

    [TestMethod]
    public void A_damaged_modified_tsv_means_a_full_refresh_with_CSEC5011_not_a_wrong_incremental_one()
    {
        using var server = Mirror();
        var cache = OciImageBuilder.TempDirectory();
        AdvisoryDataLoader.Load(Options(server, cache, Start), ["Debian"], nuget: false).Dispose();
        var held = Directory.GetFiles(cache, "modified.tsv", SearchOption.AllDirectories).Single();
        File.AppendAllText(held, "GHSA-x\t2030-01-01T00:00:00Z\n");

        using var data = AdvisoryDataLoader.Load(Options(server, cache, Start.AddDays(2)), ["Debian"], nuget: false);

        var notice = data.Notices.Single(n => n.Kind == AdvisoryNoticeKind.CacheDiscarded);
        StringAssert.Contains(notice.Message, held);
        StringAssert.Contains(notice.Message, "appended to");
        Assert.AreEqual(0, server.Count("/Debian/modified_id.csv"));
        Assert.AreEqual(2, server.Count("/Debian/all.zip"), "all.zip asked for conditionally instead");
        Assert.AreEqual(1, data.Indexes["Debian"].Find("zlib").Count);
    }
}
