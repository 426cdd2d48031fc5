using ContainerSecurity.Images;
using ContainerSecurity.Rules;
using ContainerSecurity.Rules.Image;
using ContainerSecurity.Settings;

namespace ContainerSecurity.Tests.Rules;

[TestClass]
public sealed class RunsAsRootRuleTests
{
    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("root")]
    [DataRow("0")]
    [DataRow("0:0")]
    [DataRow("root:root")]
    public void Root_users_are_caught(string? user) =>
        Assert.HasCount(1, new RunsAsRootRule().Check(Context(user)).ToList());

    [TestMethod]
    [DataRow("app")]
    [DataRow("1654")]
    [DataRow("1000:0")]
    [DataRow("nobody")]
    public void Non_root_users_pass(string user) =>
        Assert.IsEmpty(new RunsAsRootRule().Check(Context(user)).ToList());

    [TestMethod]
    public void The_finding_points_at_the_ContainerUser_line_and_names_the_fix()
    {
        var dir = Fixtures.OciImageBuilder.TempDirectory();
        var project = Path.Combine(dir, "app.csproj");
        File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <ContainerUser>root</ContainerUser>\n  </PropertyGroup>\n</Project>\n");

        var hit = new RunsAsRootRule().Check(Context("root", new SettingLocator(project, [project]))).Single();

        Assert.AreEqual(project, hit.Location!.File);
        Assert.AreEqual(3, hit.Location.Line);
        StringAssert.Contains(hit.Message, "<ContainerUser>app</ContainerUser>");
    }

    private static ImageContext Context(string? user, SettingLocator? locator = null) => new(
        new ContainerImage
        {
            ManifestDigest = "sha256:" + new string('b', 64),
            ManifestMediaType = MediaTypes.OciManifest,
            ManifestBytes = [],
            ConfigDescriptor = new Descriptor("application/vnd.oci.image.config.v1+json", "sha256:" + new string('a', 64), 2),
            ConfigBytes = [],
            Config = new ImageConfig { User = user },
            Layers = [],
        },
        locator ?? SettingLocator.None);
}
