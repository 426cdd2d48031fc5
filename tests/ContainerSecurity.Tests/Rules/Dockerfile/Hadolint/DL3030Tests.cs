using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3030, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3030Tests
{
    [TestMethod]
    [DataRow("FROM centos:7\nRUN yum install httpd-2.4.24\n", 2)]
    [DataRow("FROM centos:7\nRUN yum groupinstall \"Development Tools\"\n", 2)]
    [DataRow("FROM centos:7\nRUN yum localinstall /tmp/x.rpm\n", 2)]
    [DataRow("FROM centos:7\nONBUILD RUN yum install httpd-2.4.24\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3030", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM centos:7\nRUN yum install -y httpd-2.4.24\n")]
    [DataRow("FROM centos:7\nRUN yum --assumeyes install httpd-2.4.24\n")]
    [DataRow("FROM centos:7\nRUN yum clean all\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3030", dockerfile));
}
