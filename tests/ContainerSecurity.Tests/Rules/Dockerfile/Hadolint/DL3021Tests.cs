using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3021, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3021Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nCOPY foo bar baz\n", 2)]
    [DataRow("FROM debian:12\nCOPY foo bar \"baz\"\n", 2)]
    [DataRow("FROM debian:12\nCOPY [\"foo\", \"bar\", \"baz\"]\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Error) }, DockerfileLint.Of("DL3021", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nCOPY foo bar baz/\n")]
    [DataRow("FROM debian:12\nCOPY foo bar \"baz/\"\n")]
    [DataRow("FROM debian:12\nCOPY foo baz\n")]
    [DataRow("FROM debian:12\nCOPY --chown=1:1 foo bar /app/\n")]
    [DataRow("FROM debian:12\nCOPY foo bar\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3021", dockerfile));
}
