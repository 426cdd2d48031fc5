using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3033, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3033Tests
{
    [TestMethod]
    [DataRow("FROM x\nRUN yum install -y tomcat && yum clean all\n", 2)]
    [DataRow("FROM x\nRUN yum install -y tomcat-9.2 httpd && yum clean all\n", 2)]
    [DataRow("FROM x\nRUN yum module install -y nodejs\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3033", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nRUN yum install -y tomcat-9.2 && yum clean all\n")]
    [DataRow("FROM x\nRUN yum install -y /tmp/x.rpm\n")]
    [DataRow("FROM x\nRUN yum module install -y nodejs:20\n")]
    [DataRow("FROM x\nRUN yum update -y\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3033", dockerfile));
}
