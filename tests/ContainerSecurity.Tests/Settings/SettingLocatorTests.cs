using ContainerSecurity.Settings;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Settings;

[TestClass]
public sealed class SettingLocatorTests
{
    [TestMethod]
    public void The_last_file_in_evaluation_order_wins()
    {
        var dir = OciImageBuilder.TempDirectory();
        var props = Write(dir, "Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <ContainerUser>root</ContainerUser>\n  </PropertyGroup>\n</Project>");
        var project = Write(dir, "app.csproj", "<Project>\n  <PropertyGroup>\n\n\n    <ContainerUser>app</ContainerUser>\n  </PropertyGroup>\n</Project>");

        var location = new SettingLocator(project, [props, project]).Property("ContainerUser")!;

        Assert.AreEqual(project, location.File);
        Assert.AreEqual(5, location.Line);
        Assert.AreEqual(5, location.Column);
    }

    [TestMethod]
    public void An_imported_props_file_is_found_when_the_project_does_not_set_the_property()
    {
        var dir = OciImageBuilder.TempDirectory();
        var props = Write(dir, "Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <ContainerUser>root</ContainerUser>\n  </PropertyGroup>\n</Project>");
        var project = Write(dir, "app.csproj", "<Project />");

        var location = new SettingLocator(project, [props, project]).Property("ContainerUser")!;

        Assert.AreEqual(props, location.File);
        Assert.AreEqual(3, location.Line);
    }

    [TestMethod]
    public void An_unset_property_falls_back_to_the_project_file()
    {
        var dir = OciImageBuilder.TempDirectory();
        var project = Write(dir, "app.csproj", "<Project />");

        var location = new SettingLocator(project, [project]).Property("ContainerUser")!;

        Assert.AreEqual(project, location.File);
        Assert.AreEqual(0, location.Line);
    }

    [TestMethod]
    public void Items_are_found_by_their_Include()
    {
        var dir = OciImageBuilder.TempDirectory();
        var project = Write(dir, "app.csproj", "<Project>\n  <ItemGroup>\n    <ContainerSecuritySuppress Include=\"CSEC1001\" />\n    <ContainerSecuritySuppress Include=\"CSEC2001\" />\n  </ItemGroup>\n</Project>");

        Assert.AreEqual(4, new SettingLocator(project, [project]).Item("ContainerSecuritySuppress", "CSEC2001")!.Line);
    }

    private static string Write(string dir, string name, string content)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
