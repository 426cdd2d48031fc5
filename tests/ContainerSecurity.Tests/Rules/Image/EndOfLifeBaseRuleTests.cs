using ContainerSecurity.Analysis;
using ContainerSecurity.Findings;
using ContainerSecurity.Images;
using ContainerSecurity.Rules;
using ContainerSecurity.Rules.Image;
using ContainerSecurity.Settings;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Rules.Image;

[TestClass]
public sealed class EndOfLifeBaseRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public void Debian_10_is_past_its_end_of_support()
    {
        var hit = Check(new() { ["etc/os-release"] = "ID=debian\nVERSION_ID=\"10\"\nVERSION_CODENAME=buster\n" }).Single();

        StringAssert.Contains(hit.Message, "Debian 10 (buster) left security support on 2024-06-30");
        StringAssert.Contains(hit.Message, "ContainerBaseImage");
        StringAssert.Contains(hit.Message, "Debian 12 or 13");
    }

    [TestMethod]
    public void Alpine_3_18_is_past_its_end_of_support_whatever_its_patch_release() =>
        StringAssert.Contains(Check(new() { ["etc/os-release"] = "ID=alpine\nVERSION_ID=3.18.4\n" }).Single().Message, "Alpine 3.18 left security support on 2025-05-09");

    [TestMethod]
    public void The_NET_8_runtime_is_past_its_end_of_support_on_2026_11_28()
    {
        var hit = Check(new()
        {
            ["etc/os-release"] = "ID=debian\nVERSION_ID=\"12\"\n",
            ["usr/share/dotnet/shared/Microsoft.NETCore.App/8.0.10/Microsoft.NETCore.App.deps.json"] = DepsJson("8.0"),
            ["usr/share/dotnet/shared/Microsoft.AspNetCore.App/8.0.10/Microsoft.AspNetCore.App.deps.json"] = DepsJson("8.0"),
        }).Single();

        StringAssert.Contains(hit.Message, "The .NET 8.0 runtime left support on 2026-11-10");
        StringAssert.Contains(hit.Message, "net10.0");
    }

    [TestMethod]
    public void Debian_12_with_NET_10_passes() => Assert.IsEmpty(Check(new()
    {
        ["etc/os-release"] = "ID=debian\nVERSION_ID=\"12\"\n",
        ["usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.0/Microsoft.NETCore.App.deps.json"] = DepsJson("10.0"),
    }));

    [TestMethod]
    public void Before_its_end_of_support_a_release_passes() =>
        Assert.IsEmpty(Check(new() { ["etc/os-release"] = "ID=debian\nVERSION_ID=\"10\"\n" }, new DateTimeOffset(2024, 6, 30, 23, 0, 0, TimeSpan.Zero)));

    [TestMethod]
    [DataRow("ID=debian\n")]
    [DataRow("ID=debian\nVERSION_ID=\"42\"\n")]
    [DataRow("ID=wolfi\nVERSION_ID=20230201\n")]
    public void An_unknown_release_has_no_finding(string osRelease) =>
        Assert.IsEmpty(Check(new() { ["etc/os-release"] = osRelease }));

    [TestMethod]
    public void The_rule_is_new_in_0_2_and_an_error_by_default()
    {
        var info = new EndOfLifeBaseRule().Info;
        Assert.AreEqual("0.2", info.Since);
        Assert.AreEqual(DiagnosticLevel.Error, info.DefaultLevel);
        Assert.IsTrue(RuleRegistry.ImageRules.Any(r => r is EndOfLifeBaseRule));
    }

    private static List<RuleHit> Check(Dictionary<string, string> files, DateTimeOffset? now = null)
    {
        var builder = new OciImageBuilder();
        builder.AddImage(user: "app", files);
        var path = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));
        using var archive = ImageArchive.Open(path);
        var image = archive.Images.Single();
        var analysis = ImageAnalyzer.Analyze(archive, image);
        var context = new ImageContext(image, SettingLocator.None, new ImageSettings { Now = now ?? Now }, analysis);
        return new EndOfLifeBaseRule().Check(context).ToList();
    }

    private static string DepsJson(string channel) =>
        $$$"""{"runtimeTarget":{"name":".NETCoreApp,Version=v{{{channel}}}/linux-x64"},"targets":{".NETCoreApp,Version=v{{{channel}}}/linux-x64":{}},"libraries":{}}""";
}
