using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3025, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3025Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nCMD node server.js\n", 2)]
    [DataRow("FROM debian:12\nENTRYPOINT node server.js\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3025", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nCMD [\"node\", \"server.js\"]\n")]
    [DataRow("FROM debian:12\nENTRYPOINT [\"node\", \"server.js\"]\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3025", dockerfile));
}
