using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile;

[TestClass]
public sealed class DockerfileLinterTests
{
    private const string Unpinned = "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n";

    [TestMethod]
    public void Findings_point_at_the_instruction_with_hadolints_severity()
    {
        var finding = DockerfileLint.Run(Unpinned).Single(f => f.Code == "DL3008");
        Assert.AreEqual((2, 1, DiagnosticLevel.Warning), (finding.Location!.Line, finding.Location.Column, finding.Level));
        StringAssert.Contains(finding.Message, "curl");
    }

    [TestMethod]
    public void An_ignore_pragma_silences_the_next_instruction_only()
    {
        var text = "FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\nRUN apt-get install -y wget\n";
        CollectionAssert.AreEqual(new[] { (4, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3008", text).ToList());
    }

    [TestMethod]
    public void A_global_pragma_and_the_containersecurity_spelling_work_too()
    {
        Assert.IsEmpty(DockerfileLint.Of("DL3008", "# hadolint global ignore=DL3008\nFROM debian:12\nRUN apt-get install -y curl\nRUN apt-get install -y wget\n"));
        Assert.IsEmpty(DockerfileLint.Of("DL3008", "FROM debian:12\n# containersecurity ignore=DL3008\nRUN apt-get install -y curl\n"));
    }

    [TestMethod]
    public void A_pragma_that_suppresses_nothing_gets_a_note()
    {
        var note = DockerfileLint.Run("FROM debian:12\n# hadolint ignore=DL3008\nRUN echo hi\n").Single(f => f.Code == "CSEC1001");
        Assert.AreEqual((2, DiagnosticLevel.Note), (note.Location!.Line, note.Level));
    }

    [TestMethod]
    public void Hadolint_yaml_ignored_and_override_are_honoured()
    {
        Assert.IsEmpty(DockerfileLint.Of("DL3008", Unpinned, hadolintYaml: "ignored:\n  - DL3008\n"));
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Error) }, DockerfileLint.Of("DL3008", Unpinned, hadolintYaml: "override:\n  error:\n    - DL3008\n").ToList());
    }

    [TestMethod]
    public void Hadolint_failure_threshold_decides_what_fails()
    {
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Error) }, DockerfileLint.Of("DL3008", Unpinned, hadolintYaml: "failure-threshold: warning\n").ToList());
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3008", Unpinned, hadolintYaml: "failure-threshold: error\n").ToList());
    }

    [TestMethod]
    public void A_broken_hadolint_yaml_is_a_clear_error()
    {
        var error = DockerfileLint.Run(Unpinned, hadolintYaml: "ignored: [DL3008\n").Single(f => f.Code == "CSEC1002");
        StringAssert.EndsWith(error.Location!.File, ".hadolint.yaml");
    }

    [TestMethod]
    public void A_file_BuildKit_rejects_is_CSEC1000_with_its_line()
    {
        var error = DockerfileLint.Run("FROM debian:12\nFOO bar\n").Single(f => f.Code == "CSEC1000");
        Assert.AreEqual(2, error.Location!.Line);
    }
}
