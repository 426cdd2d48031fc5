using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Inventory;

[TestClass]
public sealed class PurlBuilderTests
{
    [TestMethod]
    [DataRow("deb", "debian", "curl", "7.50.3-1", "i386", "jessie", "pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie")]
    [DataRow("deb", "debian", "attr", "1:2.4.47-2+b1", "amd64", null, "pkg:deb/debian/attr@1:2.4.47-2%2Bb1?arch=amd64")]
    [DataRow("deb", "ubuntu", "dpkg", "1.19.0.4", "amd64", null, "pkg:deb/ubuntu/dpkg@1.19.0.4?arch=amd64")]
    [DataRow("apk", "alpine", "musl", "1.2.4-r2", "x86_64", "3.19.1", "pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64&distro=3.19.1")]
    [DataRow("nuget", null, "EnterpriseLibrary.Common", "6.0.1304", null, null, "pkg:nuget/EnterpriseLibrary.Common@6.0.1304")]
    [DataRow("NuGet", null, "Newtonsoft.Json", "13.0.1", null, null, "pkg:nuget/Newtonsoft.Json@13.0.1")]
    [DataRow("deb", "debian", "libstdc++6", "12.2.0-14", "amd64", "debian-12", "pkg:deb/debian/libstdc%2B%2B6@12.2.0-14?arch=amd64&distro=debian-12")]
    public void Builds_the_specs_examples(string type, string? ns, string name, string version, string? arch, string? distro, string expected) =>
        Assert.AreEqual(expected, PurlBuilder.Build(type, ns, name, version, [new("arch", arch), new("distro", distro)]));

    [TestMethod]
    public void Qualifiers_are_lowercased_sorted_and_empty_ones_dropped() =>
        Assert.AreEqual(
            "pkg:rpm/fedora/centerim@4.22.10-1.el6?arch=i686&distro=fedora-25&epoch=1",
            PurlBuilder.Build("rpm", "fedora", "centerim", "4.22.10-1.el6", [new("Epoch", "1"), new("repository_url", ""), new("distro", "fedora-25"), new("arch", "i686")]));

    [TestMethod]
    [DataRow("a b", "a%20b")]
    [DataRow("a/b", "a%2Fb")]
    [DataRow("a@b?c#d&e=f", "a%40b%3Fc%23d%26e%3Df")]
    [DataRow("1:2.0~rc1-1+b2", "1:2.0~rc1-1%2Bb2")]
    [DataRow("100%", "100%25")]
    [DataRow("ünï", "%C3%BCn%C3%AF")]
    public void Encodes_all_but_letters_digits_punctuation_and_colon(string raw, string encoded) =>
        Assert.AreEqual(encoded, PurlBuilder.Encode(raw));

    [TestMethod]
    public void Namespace_segments_are_encoded_one_by_one_and_the_subpath_is_cleaned() =>
        Assert.AreEqual(
            "pkg:generic/my%20org/team/tool@1.0#sub/path",
            PurlBuilder.Build("generic", "/my org/team/", "tool", "1.0", subpath: "/sub/./path/../"));

    [TestMethod]
    public void Without_version_or_qualifiers_the_purl_ends_at_the_name() =>
        Assert.AreEqual("pkg:nuget/Serilog", PurlBuilder.Build("nuget", null, "Serilog", null, [new("arch", null)]));
}
