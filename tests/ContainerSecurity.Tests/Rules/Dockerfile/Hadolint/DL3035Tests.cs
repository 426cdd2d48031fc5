using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3035, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3035Tests
{
    [TestMethod]
    [DataRow("FROM x\nRUN zypper dist-upgrade\n", 2)]
    [DataRow("FROM x\nRUN zypper dup -y\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3035", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nRUN zypper install -y httpd=2.4.46 && zypper clean\n")]
    [DataRow("FROM x\nRUN zypper update -y\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3035", dockerfile));
}
