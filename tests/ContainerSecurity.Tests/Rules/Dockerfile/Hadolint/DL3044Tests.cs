using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3044, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3044Tests
{
    [TestMethod]
    [DataRow("FROM x\nENV A=1 B=$A\n", 2)]
    [DataRow("FROM x\nENV A=1 B=${A}/x\n", 2)]
    [DataRow("FROM x\nENV A=1 \\\n    B=\"${A:-y}\"\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Error) }, DockerfileLint.Of("DL3044", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nENV A=1\nENV B=$A\n")]
    [DataRow("FROM x\nARG A\nENV A=1 B=$A\n")]
    [DataRow("FROM x\nENV A=1 B=$AB\n")]
    [DataRow("FROM x\nENV B=$A A=1\n")]
    [DataRow("FROM x\nENV PATH=/x:$PATH\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3044", dockerfile));
}
