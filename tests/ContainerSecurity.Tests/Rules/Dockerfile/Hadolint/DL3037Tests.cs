using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3037, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3037Tests
{
    [TestMethod]
    [DataRow("FROM x\nRUN zypper install -y httpd && zypper clean\n", 2)]
    [DataRow("FROM x\nRUN zypper in -y httpd=2.4.46 tomcat\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3037", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nRUN zypper install -y httpd=2.4.46 && zypper clean\n")]
    [DataRow("FROM x\nRUN zypper install -y 'httpd>=2.4' 'tomcat<10' 'vim~9'\n")]
    [DataRow("FROM x\nRUN zypper install -y /tmp/x.rpm\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3037", dockerfile));
}
