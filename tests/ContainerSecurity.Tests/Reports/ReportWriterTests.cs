using ContainerSecurity.Reports;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Reports;

[TestClass]
public sealed class ReportWriterTests
{
    [TestMethod]
    public void Writes_every_requested_format_including_markdown()
    {
        var directory = OciImageBuilder.TempDirectory();

        var written = ReportWriter.Write(SampleScan.Create(), directory, ["sarif", "json", "cyclonedx", "spdx", "markdown"], SampleScan.Context);

        CollectionAssert.AreEquivalent(
            new[] { "container-security.sarif", "container-security.json", "container-security.cdx.json", "container-security.spdx.json", "container-security.md" },
            written.Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void The_lint_writes_its_own_file_names_and_no_SBOM_without_an_image()
    {
        var directory = OciImageBuilder.TempDirectory();
        var lintOnly = SampleScan.Create() with { Images = [] };
        var context = ReportContext.For(new ScanRequest { ReportName = "container-security.dockerfile" }, _ => null) with { Now = SampleScan.Context.Now };

        var written = ReportWriter.Write(lintOnly, directory, ["sarif", "json", "cyclonedx", "spdx", "markdown"], context);

        CollectionAssert.AreEquivalent(
            new[] { "container-security.dockerfile.sarif", "container-security.dockerfile.json", "container-security.dockerfile.md" },
            written.Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void A_report_name_that_is_a_path_falls_back_to_the_default()
    {
        Assert.AreEqual("container-security", ReportContext.For(new ScanRequest { ReportName = "../evil" }, _ => null).ReportName);
        Assert.AreEqual("container-security", ReportContext.For(new ScanRequest { ReportName = ".hidden" }, _ => null).ReportName);
    }

    [TestMethod]
    public void Appends_the_Markdown_to_the_GitHub_step_summary_even_when_markdown_is_not_a_format()
    {
        var summary = Path.Combine(OciImageBuilder.TempDirectory(), "step_summary.md");
        File.WriteAllText(summary, "# Earlier step\n");
        var context = SampleScan.Context with { StepSummaryFile = summary };

        ReportWriter.Write(SampleScan.Create(), OciImageBuilder.TempDirectory(), ["json"], context);
        ReportWriter.Write(SampleScan.Create(), null, [], context);

        var text = File.ReadAllText(summary);
        Assert.StartsWith("# Earlier step\n## Container security scan", text);
        Assert.AreEqual(2, text.Split("## Container security scan").Length - 1, "each scan appends its own summary");
    }

    [TestMethod]
    public void The_step_summary_file_comes_from_the_environment_the_caller_passes()
    {
        var context = ReportContext.For(new ScanRequest(), name => name == "GITHUB_STEP_SUMMARY" ? "/tmp/summary.md" : null);

        Assert.AreEqual("/tmp/summary.md", context.StepSummaryFile);
        Assert.IsNull(ReportContext.For(new ScanRequest(), _ => "").StepSummaryFile);
    }

    [TestMethod]
    public void The_source_root_is_the_nearest_folder_with_git_else_the_project_folder()
    {
        var repo = OciImageBuilder.TempDirectory();
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        var project = Path.Combine(repo, "src", "app", "app.csproj");
        Directory.CreateDirectory(Path.GetDirectoryName(project)!);
        var loose = Path.Combine(OciImageBuilder.TempDirectory(), "lone", "lone.csproj");

        Assert.AreEqual(repo, SourceRoots.Find(project));
        Assert.AreEqual(Path.GetDirectoryName(loose), SourceRoots.Find(loose));
        Assert.AreEqual("src/app/app.csproj", SourceRoots.Relative(repo, project));
        Assert.IsNull(SourceRoots.Relative(Path.Combine(repo, "src"), Path.Combine(repo, "other.props")));
    }
}
