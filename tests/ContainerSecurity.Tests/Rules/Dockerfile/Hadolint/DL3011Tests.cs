using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3011, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3011Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nEXPOSE 80000\n", 2)]
    [DataRow("FROM debian:12\nEXPOSE 80 65536/udp\n", 2)]
    [DataRow("FROM debian:12\nEXPOSE 40000-80000/tcp\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Error) }, DockerfileLint.Of("DL3011", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nEXPOSE 80\n")]
    [DataRow("FROM debian:12\nEXPOSE 65535/tcp 8000-9000\n")]
    [DataRow("FROM debian:12\nEXPOSE $PORT\n")]
    [DataRow("FROM debian:12\nEXPOSE 60000\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3011", dockerfile));
}
