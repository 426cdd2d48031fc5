using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3032, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3032Tests
{
    [TestMethod]
    [DataRow("FROM x\nRUN yum install -y httpd-2.4.6\n", 2)]
    [DataRow("FROM x\nRUN yum install -y httpd-2.4.6 && rm -rf /tmp/x\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3032", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nRUN yum install -y httpd-2.4.6 && yum clean all\n")]
    [DataRow("FROM x\nRUN yum install -y httpd-2.4.6 && rm -rf /var/cache/yum/*\n")]
    [DataRow("FROM x\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4.6\n")]
    [DataRow("FROM x\nRUN yum update\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3032", dockerfile));
}
