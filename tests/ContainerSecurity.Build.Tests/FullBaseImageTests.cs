using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

/// <summary>CSEC2007 through the real publish: a .NET app on the Debian fixture base is told the chiseled edit, and still ships.</summary>
[TestClass]
public sealed class FullBaseImageTests
{
    [TestMethod]
    public void An_app_on_the_Debian_base_gets_the_chiseled_advice_at_the_ContainerBaseImage_line_and_publishes()
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>\n    <InvariantGlobalization>false</InvariantGlobalization>", baseImage: Services.DebianBase);
        var target = Path.Combine(project.Directory, "out", "app.tar.gz");

        var result = project.Publish($"-p:ContainerArchiveOutputPath={target}", "-tl:off", "-v:n"); // messages show from normal verbosity

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsTrue(File.Exists(target), "a message never stops delivery");
        var line = result.Output.ReplaceLineEndings("\n").Split('\n').First(l => l.Contains("CSEC2007", StringComparison.Ordinal)).Trim();
        StringAssert.StartsWith(line, project.ProjectFile + "(5,");
        StringAssert.Matches(line, new System.Text.RegularExpressions.Regex(@"a package manager \(apt\) and \d{2,} OS packages"));
        StringAssert.Contains(line, "<ContainerFamily>noble-chiseled-extra</ContainerFamily>");
        Assert.IsFalse(TestProject.Diagnostics(result).Any(d => d.Code == "CSEC2007"), "a message, not a warning or an error");
    }
}
