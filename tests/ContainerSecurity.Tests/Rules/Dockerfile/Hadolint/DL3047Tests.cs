using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3047, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3047Tests
{
    [TestMethod]
    [DataRow("FROM x\nRUN wget https://x/y.tgz\n", 2)]
    [DataRow("FROM x\nRUN wget -O y.tgz https://x/y.tgz\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Note) }, DockerfileLint.Of("DL3047", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nRUN wget --progress=dot:giga https://x/y.tgz\n")]
    [DataRow("FROM x\nRUN wget -q https://x/y.tgz\n")]
    [DataRow("FROM x\nRUN wget -nv https://x/y.tgz\n")]
    [DataRow("FROM x\nRUN wget --no-verbose https://x/y.tgz\n")]
    [DataRow("FROM x\nRUN wget -o log https://x/y.tgz\n")]
    [DataRow("FROM x\nRUN curl -fsSL https://x/y.tgz\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3047", dockerfile));
}
