using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3038, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3038Tests
{
    [TestMethod]
    [DataRow("FROM x\nRUN dnf install httpd-2.4.24 && dnf clean all\n", 2)]
    [DataRow("FROM x\nRUN microdnf install httpd-2.4.24\n", 2)]
    [DataRow("FROM x\nRUN dnf groupinstall core\n", 2)]
    [DataRow("FROM x\nRUN dnf5 install httpd\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3038", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nRUN dnf install -y httpd-2.4.24 && dnf clean all\n")]
    [DataRow("FROM x\nRUN dnf --assumeyes install httpd-2.4.24\n")]
    [DataRow("FROM x\nRUN microdnf -y install httpd-2.4.24\n")]
    [DataRow("FROM x\nRUN dnf update\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3038", dockerfile));
}
