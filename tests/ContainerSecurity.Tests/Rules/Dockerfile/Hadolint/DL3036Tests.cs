using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3036, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3036Tests
{
    [TestMethod]
    [DataRow("FROM x\nRUN zypper install -y httpd=2.4.46\n", 2)]
    [DataRow("FROM x\nRUN zypper in -y httpd=2.4.46\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3036", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nRUN zypper install -y httpd=2.4.46 && zypper clean\n")]
    [DataRow("FROM x\nRUN zypper install -y httpd=2.4.46 && zypper cc\n")]
    [DataRow("FROM x\nRUN zypper refresh\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3036", dockerfile));
}
