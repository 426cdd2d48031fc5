using System.Text;
using ContainerSecurity.Advisories;
using ContainerSecurity.Advisories.Data;
using ContainerSecurity.Advisories.Matching;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Advisories.Data;

/// <summary>NuGet's VulnerabilityInfo/6.7.0 resource read from a feed on loopback, as NuGetAudit reads it.</summary>
[TestClass]
public sealed class NuGetFeedTests
{
    [TestMethod]
    public void The_feeds_vulnerability_pages_become_one_index_and_a_feed_without_them_adds_nothing()
    {
        LoopbackHttpServer? server = null;
        server = new LoopbackHttpServer((request, response) =>
        {
            var path = request.Url!.AbsolutePath;
            var body = path switch
            {
                "/v3/index.json" => $$"""{"version": "3.0.0", "resources": [{"@id": "{{server!.BaseUrl}}v3/vulnerabilities/index.json", "@type": "VulnerabilityInfo/6.7.0"}, {"@id": "{{server.BaseUrl}}flat/", "@type": "PackageBaseAddress/3.0.0"}]}""",
                "/v3/vulnerabilities/index.json" => $$"""[{"@name": "base", "@id": "{{server!.BaseUrl}}v3/vulnerabilities/base.json", "@updated": "2026-11-01T00:00:00Z"}, {"@name": "update", "@id": "{{server.BaseUrl}}v3/vulnerabilities/update.json", "@updated": "2026-11-28T00:00:00Z"}]""",
                "/v3/vulnerabilities/base.json" => """{"newtonsoft.json": [{"url": "https://github.com/advisories/GHSA-5crp-9r3c-p9vr", "severity": 2, "versions": "(, 13.0.1)"}]}""",
                "/v3/vulnerabilities/update.json" => """{"system.text.json": [{"url": "https://github.com/advisories/GHSA-hh2w-p6rv-4g7w", "severity": 3, "versions": "[8.0.0, 8.0.4)"}]}""",
                "/plain/index.json" => """{"version": "3.0.0", "resources": [{"@id": "x", "@type": "PackageBaseAddress/3.0.0"}]}""",
                _ => null,
            };
            if (body is null)
            {
                response.StatusCode = 404;
                return Task.CompletedTask;
            }
            return LoopbackHttpServer.Send(response, Encoding.UTF8.GetBytes(body));
        });
        using var _ = server;
        var options = new AdvisoryOptions
        {
            CacheDirectory = OciImageBuilder.TempDirectory(),
            NuGetSources = [server.BaseUrl + "v3/index.json", server.BaseUrl + "plain/index.json", "/some/local/folder"],
        };

        var data = AdvisoryDataLoader.Load(options, [], nuget: true);

        var index = data.Indexes[AdvisoryLookup.NuGetFeedIndex];
        var json = index.Find("Newtonsoft.Json").Single();
        Assert.AreEqual("GHSA-5crp-9r3c-p9vr", json.Id);
        Assert.AreEqual(Severity.High, json.Severity);
        Assert.AreEqual("(, 13.0.1)", json.NuGetRange);
        Assert.AreEqual(Severity.Critical, index.Find("System.Text.Json").Single().Severity);
        StringAssert.Contains(data.Notices.Single(n => n.Message.Contains("publishes no")).Message, "plain/index.json publishes no VulnerabilityInfo/6.7.0 resource");

        var requests = server.Requests.Count;
        AdvisoryDataLoader.Load(options, [], nuget: true);
        Assert.AreEqual(requests, server.Requests.Count, "cached like OSV data: nothing asked again within the maximum age");
    }
}
