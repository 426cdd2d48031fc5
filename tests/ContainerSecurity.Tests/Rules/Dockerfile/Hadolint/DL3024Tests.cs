using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3024, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3024Tests
{
    [TestMethod]
    [DataRow("FROM node:22 AS foo\nRUN something\nFROM scratch AS foo\nRUN something\n", 3)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Error) }, DockerfileLint.Of("DL3024", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM scratch AS build\nRUN foo\nFROM node:22 AS run\nRUN baz\n")]
    [DataRow("FROM scratch\nFROM scratch\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3024", dockerfile));
}
