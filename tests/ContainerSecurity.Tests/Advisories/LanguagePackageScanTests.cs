using System.IO.Compression;
using System.Text;
using ContainerSecurity.Advisories;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Advisories;

/// <summary>npm and Python packages in a real OCI archive, matched against OSV's npm and PyPI data from a mirror folder.</summary>
[TestClass]
public sealed class LanguagePackageScanTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["etc/os-release"] = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n",
        ["var/lib/dpkg/status"] = "Package: python3-six\nStatus: install ok installed\nArchitecture: all\nSource: six\nVersion: 1.16.0-4\n\n",
        ["var/lib/dpkg/info/python3-six.list"] = "/.\n/usr/lib/python3/dist-packages/six-1.16.0.egg-info\n/usr/lib/python3/dist-packages/six-1.16.0.egg-info/PKG-INFO\n/usr/lib/python3/dist-packages/six.py\n",
        ["usr/lib/python3/dist-packages/six-1.16.0.egg-info/PKG-INFO"] = "Metadata-Version: 2.1\nName: six\nVersion: 1.16.0\n",
        ["usr/local/lib/python3.11/dist-packages/requests-2.31.0.dist-info/METADATA"] = "Metadata-Version: 2.1\nName: requests\nVersion: 2.31.0\n\nLong description.\n",
        ["usr/local/lib/python3.11/dist-packages/backports_zoneinfo-0.2.1.dist-info/METADATA"] = "Metadata-Version: 2.1\nName: backports_zoneinfo\nVersion: 0.2.1\n",
        ["app/wwwroot/node_modules/lodash/package.json"] = """{"name": "lodash", "version": "4.17.20"}""",
        ["app/wwwroot/node_modules/@babel/traverse/package.json"] = """{"name": "@babel/traverse", "version": "7.23.2"}""",
    };

    private const string Lodash = """
        {"id": "GHSA-35jh-r3h4-6jhm", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-2021-23337"], "summary": "Command Injection in lodash",
         "database_specific": {"severity": "HIGH"},
         "affected": [{"package": {"ecosystem": "npm", "name": "lodash"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "4.17.21"}]}]}]}
        """;

    private const string Requests = """
        {"id": "GHSA-9wx4-h78v-vm56", "modified": "2024-06-01T00:00:00Z", "aliases": ["CVE-2024-35195"],
         "database_specific": {"severity": "MODERATE"},
         "affected": [{"package": {"ecosystem": "PyPI", "name": "requests"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.32.0"}]}]}]}
        """;

    private const string Six = """
        {"id": "PYSEC-2099-6", "modified": "2024-06-01T00:00:00Z",
         "affected": [{"package": {"ecosystem": "PyPI", "name": "six"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.17.0"}]}]}]}
        """;

    private const string Zoneinfo = """
        {"id": "PYSEC-2099-7", "modified": "2024-06-01T00:00:00Z",
         "affected": [{"package": {"ecosystem": "PyPI", "name": "backports.zoneinfo"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "0.2.2"}]}]}]}
        """;

    [TestMethod]
    public void Npm_and_pip_packages_are_checked_and_apt_owned_python_is_left_to_debian_data()
    {
        var dir = OciImageBuilder.TempDirectory();
        var builder = new OciImageBuilder();
        builder.AddImage(user: "app", files: Files);
        var image = builder.WriteArchive(Path.Combine(dir, "image.tar.gz"));
        var mirror = Path.Combine(dir, "mirror");
        Zip(mirror, "Debian");
        Zip(mirror, "npm", Lodash);
        Zip(mirror, "PyPI", Requests, Six, Zoneinfo);

        var result = Scanner.Scan(new ScanRequest
        {
            Images = [image],
            Advisories = new AdvisoryOptions { OsvUrl = mirror, CacheDirectory = Path.Combine(dir, "cache") },
            Vulnerabilities = new VulnerabilitySettings(),
            ReportDirectory = Path.Combine(dir, "reports"),
            ReportFormats = ["json", "cyclonedx"],
            Today = new DateOnly(2026, 11, 29),
        });

        var found = result.Findings.Where(f => f.Vulnerability is not null).ToDictionary(f => f.Vulnerability!.PackageName);
        CollectionAssert.AreEquivalent(new[] { "lodash", "requests", "backports_zoneinfo" }, found.Keys.ToArray(),
            "six is python3-six's: Debian's data speaks for it; backports.zoneinfo and backports_zoneinfo are one PyPI project");
        Assert.AreEqual("CSEC3003", found["lodash"].Code);
        StringAssert.Contains(found["lodash"].Message, "lodash 4.17.20 (/app/wwwroot/node_modules/lodash) is vulnerable to CVE-2021-23337");
        Assert.AreEqual("/app/wwwroot/node_modules/lodash/package.json", found["lodash"].Vulnerability!.InstalledAt);
        Assert.AreEqual("CSEC3002", found["requests"].Code);
        StringAssert.Contains(found["requests"].Message, "pip install \"requests>=2.32.0\"");
        var sbom = File.ReadAllText(Path.Combine(dir, "reports", "container-security.cdx.json"));
        StringAssert.Contains(sbom, "pkg:npm/%40babel/traverse@7.23.2");
        StringAssert.Contains(sbom, "pkg:pypi/requests@2.31.0");
        StringAssert.Contains(sbom, "pkg:pypi/backports-zoneinfo@0.2.1");
        Assert.IsFalse(sbom.Contains("pkg:pypi/six@"), "the apt-installed six is pkg:deb, not pkg:pypi");
        StringAssert.Contains(string.Join("\n", result.Messages), "Advisory data npm:");
    }

    [TestMethod]
    public void A_package_rewritten_after_its_os_package_installed_it_is_the_language_package_again()
    {
        const string installed = "P:npm\nV:9.1.2-r0\nA:x86_64\no:npm\nF:usr/lib/node_modules/npm\nR:package.json\nF:usr/lib/node_modules/npm/node_modules/semver\nR:package.json\n\n";
        var apkLayer = new TestLayer()
            .File("etc/os-release", "ID=alpine\nVERSION_ID=3.19.1\n")
            .File("lib/apk/db/installed", installed)
            .File("usr/lib/node_modules/npm/package.json", """{"name": "npm", "version": "9.1.2"}""")
            .File("usr/lib/node_modules/npm/node_modules/semver/package.json", """{"name": "semver", "version": "7.5.4"}""");
        var npmUpgrade = new TestLayer().File("usr/lib/node_modules/npm/package.json", """{"name": "npm", "version": "10.8.0"}""");
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([apkLayer.Gzip(), npmUpgrade.Gzip()], user: "app");
        var image = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));

        var packages = Scanner.Scan(new ScanRequest { Images = [image] }).Images.Single().Packages.Select(p => $"{p.Package.Type} {p.Package.Name} {p.Package.Version}").ToList();

        CollectionAssert.AreEquivalent(new[] { "Apk npm 9.1.2-r0", "Npm npm 10.8.0" }, packages,
            "npm 10.8.0 was written over apk's copy in a later layer; semver is still apk's");
    }

    private static void Zip(string mirror, string ecosystem, params string[] records)
    {
        Directory.CreateDirectory(Path.Combine(mirror, ecosystem));
        using var zip = ZipFile.Open(Path.Combine(mirror, ecosystem, "all.zip"), ZipArchiveMode.Create);
        for (var i = 0; i < records.Length; i++)
        {
            using var entry = zip.CreateEntry($"{ecosystem}-{i}.json").Open();
            entry.Write(Encoding.UTF8.GetBytes(records[i]));
        }
    }
}
