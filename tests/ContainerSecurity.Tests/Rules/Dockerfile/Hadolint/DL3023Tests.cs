using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3023, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3023Tests
{
    [TestMethod]
    [DataRow("FROM debian:12 AS foo\nCOPY --from=foo bar .\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Error) }, DockerfileLint.Of("DL3023", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM scratch AS foo\nRUN something\nFROM debian:12 AS bar\nCOPY --from=foo bar .\n")]
    [DataRow("FROM debian:12\nCOPY --from=foo bar .\n")]
    [DataRow("FROM scratch AS build\nRUN foo\nFROM node:22 AS run\nCOPY --from=build foo .\nRUN baz\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3023", dockerfile));
}
