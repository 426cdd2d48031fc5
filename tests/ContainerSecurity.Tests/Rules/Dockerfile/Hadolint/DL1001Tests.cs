using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL1001, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL1001Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n", 3)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Note) }, DockerfileLint.Of("DL1001", dockerfile, hadolintYaml: "override:\n  info:\n    - DL1001\n").ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get install -y curl=8.0\n")]
    [DataRow("# hadolint global ignore=DL3008\nFROM debian:12\nRUN apt-get install -y curl\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL1001", dockerfile, hadolintYaml: "override:\n  info:\n    - DL1001\n"));

    [TestMethod]
    public void Is_off_by_default() =>
        Assert.IsEmpty(DockerfileLint.Of("DL1001", "FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n"));
}
