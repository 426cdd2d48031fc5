using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3046, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3046Tests
{
    [TestMethod]
    [DataRow("FROM x\nRUN useradd -u 123456 luser\n", 2)]
    [DataRow("FROM x\nRUN useradd --uid=123456789 luser\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3046", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nRUN useradd -l -u 123456 luser\n")]
    [DataRow("FROM x\nRUN useradd --no-log-init -u 123456 luser\n")]
    [DataRow("FROM x\nRUN useradd -u 12345 luser\n")]
    [DataRow("FROM x\nRUN useradd luser\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3046", dockerfile));
}
