using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3034, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3034Tests
{
    [TestMethod]
    [DataRow("FROM x\nRUN zypper install httpd=2.4.46\n", 2)]
    [DataRow("FROM x\nRUN zypper remove httpd\n", 2)]
    [DataRow("FROM x\nRUN zypper patch\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3034", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nRUN zypper install -y httpd=2.4.46\n")]
    [DataRow("FROM x\nRUN zypper -n install httpd=2.4.46\n")]
    [DataRow("FROM x\nRUN zypper --non-interactive install httpd=2.4.46\n")]
    [DataRow("FROM x\nRUN zypper install --no-confirm httpd=2.4.46\n")]
    [DataRow("FROM x\nRUN zypper refresh\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3034", dockerfile));
}
