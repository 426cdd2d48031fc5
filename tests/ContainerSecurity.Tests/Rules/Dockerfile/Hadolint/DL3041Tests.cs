using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3041, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3041Tests
{
    [TestMethod]
    [DataRow("FROM x\nRUN dnf install -y httpd && dnf clean all\n", 2)]
    [DataRow("FROM x\nRUN microdnf install -y httpd tomcat-9\n", 2)]
    [DataRow("FROM x\nRUN dnf module install -y nodejs\n", 2)]
    [DataRow("FROM x\nRUN dnf5 install -y httpd && dnf5 clean all\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3041", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nRUN dnf install -y httpd-2.4.24 && dnf clean all\n")]
    [DataRow("FROM x\nRUN dnf install -y /tmp/x.rpm\n")]
    [DataRow("FROM x\nRUN dnf module install -y nodejs:20\n")]
    [DataRow("FROM x\nRUN dnf update -y\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3041", dockerfile));
}
