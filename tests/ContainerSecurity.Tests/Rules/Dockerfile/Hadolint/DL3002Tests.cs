using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3002, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3002Tests
{
    [TestMethod]
    [DataRow("FROM scratch\nUSER root\n", 2)]
    [DataRow("FROM scratch\nUSER 0\n", 2)]
    [DataRow("FROM scratch\nUSER root:root\n", 2)]
    [DataRow("FROM scratch\nUSER 0:0\n", 2)]
    [DataRow("FROM debian:12 AS base\nUSER root\nRUN something\nFROM base\nRUN something else\n", 2)]
    [DataRow("FROM debian:12 AS base\nUSER root\nRUN something\nFROM scratch\nUSER foo\nRUN something else\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3002", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM scratch\nUSER foo\n")]
    [DataRow("FROM scratch\nUSER root\nRUN something\nUSER foo\n")]
    [DataRow("FROM debian:12 AS base\nUSER root\nRUN something\nUSER foo\nFROM scratch\nRUN something else\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3002", dockerfile));
}
