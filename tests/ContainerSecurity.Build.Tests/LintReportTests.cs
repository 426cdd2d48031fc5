using System.Text.Json;
using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

/// <summary>
/// The lint on `dotnet build` writes the configured reports (and the GitHub step summary) even when it fails the
/// build, so CI's `if: always()` upload finds them; the publish gate's reports replace them instead of sitting beside them.
/// </summary>
[TestClass]
public sealed class LintReportTests
{
    private const string Formats = "    <ContainerSecurityReportFormats>sarif;json;markdown</ContainerSecurityReportFormats>";

    [TestMethod]
    public void A_Dockerfile_error_on_build_leaves_SARIF_JSON_Markdown_and_the_step_summary()
    {
        var project = new TestProject(properties: Formats, dockerfile: "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER app\nFOO bar\n");
        var summary = Path.Combine(project.Directory, "step-summary.md");
        File.WriteAllText(summary, "# Earlier step\n");
        project.Environment["GITHUB_STEP_SUMMARY"] = summary;

        var result = project.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var reports = Path.Combine(project.Directory, "obj", "Debug", "net10.0", "container-security");
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "container-security.dockerfile.sarif")));
        var error = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "CSEC1000");
        Assert.AreEqual("error", error.GetProperty("level").GetString());
        Assert.AreEqual(3, error.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        StringAssert.Contains(File.ReadAllText(Path.Combine(reports, "container-security.dockerfile.json")), "CSEC1000");
        StringAssert.Contains(File.ReadAllText(Path.Combine(reports, "container-security.dockerfile.md")), "CSEC1000");
        Assert.IsFalse(File.Exists(Path.Combine(reports, "container-security.sarif")), "the lint does not write the image scan's file names");
        var text = File.ReadAllText(summary);
        Assert.StartsWith("# Earlier step\n", text);
        StringAssert.Contains(text, "CSEC1000");
    }

    [TestMethod]
    public void The_gate_reports_replace_the_lint_reports_of_the_same_publish()
    {
        var project = new TestProject(properties: Formats + "\n    <ContainerUser>app</ContainerUser>",
            dockerfile: "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nRUN apt-get update && apt-get install -y curl\nUSER app\n");
        var reports = Path.Combine(project.Directory, "obj", "Release", "net10.0", "container-security");

        var build = project.Build("-c", "Release");
        Assert.AreEqual(0, build.ExitCode, build.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(reports, "container-security.dockerfile.sarif")), "a clean lint writes its reports too");

        File.AppendAllText(Path.Combine(project.Directory, "Dockerfile"), "EXPOSE 8080\n"); // the lint runs again inside the publish
        var publish = project.Publish($"-p:ContainerArchiveOutputPath={Path.Combine(project.Directory, "out", "app.tar.gz")}");

        Assert.AreEqual(0, publish.ExitCode, publish.ToString());
        Assert.IsFalse(File.Exists(Path.Combine(reports, "container-security.dockerfile.sarif")), "one SARIF run per directory: the gate's");
        Assert.IsFalse(File.Exists(Path.Combine(reports, "container-security.dockerfile.md")));
        var sarif = File.ReadAllText(Path.Combine(reports, "container-security.sarif"));
        StringAssert.Contains(sarif, "\"DL3008\"", "the gate's report holds the Dockerfile findings too");
        StringAssert.Contains(sarif, "imageDigest");
    }

    [TestMethod]
    public void A_report_format_that_does_not_exist_is_an_error_not_a_silently_missing_report()
    {
        var project = new TestProject(properties: "    <ContainerSecurityReportFormats>sarif;spdx-json</ContainerSecurityReportFormats>",
            dockerfile: "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER app\n");

        var result = project.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var error = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC9006");
        StringAssert.Contains(error.Message, "ContainerSecurityReportFormats has 'spdx-json', which is not a report format");
        StringAssert.Contains(error.Message, "sarif, json, cyclonedx, spdx, markdown");
    }
}
