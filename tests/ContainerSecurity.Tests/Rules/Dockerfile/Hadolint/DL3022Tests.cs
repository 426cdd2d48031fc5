using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3022, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3022Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nCOPY --from=foo bar .\n", 2)]
    [DataRow("FROM scratch\nCOPY --from=build foo .\nFROM node:22 AS build\nRUN baz\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3022", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM scratch AS build\nRUN foo\nFROM node:22\nCOPY --from=build foo .\nRUN baz\n")]
    [DataRow("FROM scratch AS Build\nFROM node:22\nCOPY --from=build foo .\n")]
    [DataRow("FROM debian:12\nCOPY foo .\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3022", dockerfile));
}
