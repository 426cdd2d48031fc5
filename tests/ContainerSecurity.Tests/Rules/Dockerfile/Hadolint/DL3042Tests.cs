using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3042, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3042Tests
{
    [TestMethod]
    [DataRow("FROM x\nRUN pip install django==4.2\n", 2)]
    [DataRow("FROM x\nRUN python3 -m pip install django==4.2\n", 2)]
    [DataRow("FROM x\nONBUILD RUN pip3 install django==4.2\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3042", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM x\nRUN pip install --no-cache-dir django==4.2\n")]
    [DataRow("FROM x\nRUN python -m pip install --no-cache-dir django==4.2\n")]
    [DataRow("FROM x\nENV PIP_NO_CACHE_DIR=1\nRUN pip install django==4.2\n")]
    [DataRow("FROM x\nRUN --mount=type=cache,target=/root/.cache/pip pip install django==4.2\n")]
    [DataRow("FROM x\nRUN pipenv install\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3042", dockerfile));
}
