using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3045, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3045Tests
{
    [TestMethod]
    [DataRow("FROM x\nCOPY a.txt b/\n", 2)]
    [DataRow("FROM x\nCOPY a.txt .\n", 2)]
    [DataRow("FROM x AS a\nWORKDIR /app\nFROM y\nCOPY a.txt b\n", 4)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3045", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nCOPY a.txt /b/\n")]
    [DataRow("FROM x\nWORKDIR /app\nCOPY a.txt .\n")]
    [DataRow("FROM x\nCOPY a.txt $HOME/\n")]
    [DataRow("FROM x\nCOPY a.txt \"/b/\"\n")]
    [DataRow("FROM x\nCOPY a.txt C:\\\\app\n")]
    [DataRow("FROM x AS a\nWORKDIR /app\nFROM a\nCOPY a.txt .\n")]
    [DataRow("FROM x\nCOPY [\"a.txt\", \"/b/\"]\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3045", dockerfile));
}
