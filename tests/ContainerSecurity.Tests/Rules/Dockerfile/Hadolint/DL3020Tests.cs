using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3020, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3020Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nADD file /usr/src/app/\n", 2)]
    [DataRow("FROM debian:12\nADD --chown=1:1 dir /opt/\n", 2)]
    [DataRow("FROM debian:12\nADD [\"a.txt\", \"/app/\"]\n", 2)]
    [DataRow("FROM debian:12\nADD file.zip /usr/src/app/\n", 2)]
    [DataRow("FROM debian:12\nADD \"file.zip\" /usr/src/app/\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Error) }, DockerfileLint.Of("DL3020", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nCOPY file /usr/src/app/\n")]
    [DataRow("FROM debian:12\nADD file.tar.gz /usr/src/app/\n")]
    [DataRow("FROM debian:12\nADD http://example.com/foo.bin /opt/\n")]
    [DataRow("FROM debian:12\nADD https://example.com/foo.bin /opt/\n")]
    [DataRow("FROM debian:12\nADD \"file.tar.xz\" /opt/\n")]
    [DataRow("FROM debian:12\nADD file.tar /usr/src/app/\n")]
    [DataRow("FROM debian:12\nADD file.gz /usr/src/app/\n")]
    [DataRow("FROM debian:12\nADD file.bz2 /usr/src/app/\n")]
    [DataRow("FROM debian:12\nADD file.xz /usr/src/app/\n")]
    [DataRow("FROM debian:12\nADD file.tgz /usr/src/app/\n")]
    [DataRow("FROM debian:12\nADD http://file.com /usr/src/app/\n")]
    [DataRow("FROM debian:12\nADD \"file.tgz\" /usr/src/app/\n")]
    [DataRow("FROM debian:12\nADD \"http://file.com\" /usr/src/app/\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3020", dockerfile));
}
