using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3013, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3013Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nRUN pip install django\n", 2)]
    [DataRow("FROM debian:12\nRUN pip3 install --index-url https://mirror/simple django\n", 2)]
    [DataRow("FROM debian:12\nRUN python -m pip install django\n", 2)]
    [DataRow("FROM debian:12\nRUN pip install django==1.9 flask\n", 2)]
    [DataRow("FROM debian:12\nONBUILD RUN pip install django\n", 2)]
    [DataRow("FROM debian:12\nRUN pip install git+https://github.com/rtfd/r.git\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3013", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nRUN pip install django==1.9\n")]
    [DataRow("FROM debian:12\nRUN pip install 'django>=1.9'\n")]
    [DataRow("FROM debian:12\nRUN pip install -r requirements.txt\n")]
    [DataRow("FROM debian:12\nRUN pip install --requirement requirements.txt\n")]
    [DataRow("FROM debian:12\nRUN pip install .\n")]
    [DataRow("FROM debian:12\nRUN pip install -c constraints.txt django\n")]
    [DataRow("FROM debian:12\nRUN pip install git+https://github.com/rtfd/r.git@v1.0\n")]
    [DataRow("FROM debian:12\nRUN pip install mypackage.whl\n")]
    [DataRow("FROM debian:12\nRUN pip install ./mypackage\n")]
    [DataRow("FROM debian:12\nRUN pip install --index-url https://mirror/simple django==1.9\n")]
    [DataRow("FROM debian:12\nRUN pip install --upgrade pip==24.0\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3013", dockerfile));
}
