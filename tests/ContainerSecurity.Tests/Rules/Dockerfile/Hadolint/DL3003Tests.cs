using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3003, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3003Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nRUN cd /opt\n", 2)]
    [DataRow("FROM debian:12\nRUN cd /opt && make\n", 2)]
    [DataRow("FROM debian:12\nONBUILD RUN cd /opt && make\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3003", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nRUN make\n")]
    [DataRow("FROM debian:12\nWORKDIR /opt\nRUN make\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3003", dockerfile));
}
