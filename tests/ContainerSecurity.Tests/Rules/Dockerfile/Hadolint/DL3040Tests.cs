using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3040, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3040Tests
{
    [TestMethod]
    [DataRow("FROM x\nRUN dnf install -y httpd-2.4.24\n", 2)]
    [DataRow("FROM x\nRUN microdnf install -y httpd-2.4.24\n", 2)]
    [DataRow("FROM x\nRUN /usr/bin/dnf5 install -y httpd-2.4.24\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3040", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nRUN dnf install -y httpd-2.4.24 && dnf clean all\n")]
    [DataRow("FROM x\nRUN microdnf install -y httpd-2.4.24 && microdnf clean all\n")]
    [DataRow("FROM x\nRUN dnf install -y httpd-2.4.24 && rm -rf /var/cache/dnf/*\n")]
    [DataRow("FROM x\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd-2.4.24\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3040", dockerfile));
}
