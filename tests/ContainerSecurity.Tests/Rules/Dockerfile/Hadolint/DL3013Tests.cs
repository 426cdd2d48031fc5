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
    [DataRow("FROM python:3.12\nRUN pip2 install MySQL_python\n", 2)]
    [DataRow("FROM python:3.12\nRUN pip3 install MySQL_python\n", 2)]
    [DataRow("FROM python:3.12\nRUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext\n", 2)]
    [DataRow("FROM python:3.12\nONBUILD RUN python -m pip install --index-url url example\n", 2)]
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
    [DataRow("FROM python:3.12\nRUN pip3 install mypkg.tar.gz\n")]
    [DataRow("FROM python:3.12\nRUN pip install MySQL_python~=1.2.2\n")]
    [DataRow("FROM python:3.12\nRUN pip install MySQL_python===1.2.2\n")]
    [DataRow("FROM python:3.12\nRUN pip install --ignore-installed MySQL_python==1.2.2\n")]
    [DataRow("FROM python:3.12\nRUN pip3 install --build /opt/yamllint yamllint==1.20.0\n")]
    [DataRow("FROM python:3.12\nRUN pip3 install --prefix /opt/yamllint yamllint==1.20.0\n")]
    [DataRow("FROM python:3.12\nRUN pip3 install --root /opt/yamllint yamllint==1.20.0\n")]
    [DataRow("FROM python:3.12\nRUN pip3 install --target /opt/yamllint yamllint==1.20.0\n")]
    [DataRow("FROM python:3.12\nRUN pip3 install --trusted-host host example==1.2.2\n")]
    [DataRow("FROM python:3.12\nRUN python -m pip install example==1.2.2\n")]
    [DataRow("FROM python:3.12\nRUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext\n")]
    [DataRow("FROM python:3.12\nRUN pip install 'alabaster<0.7'\n")]
    [DataRow("FROM python:3.12\nRUN pip install 'alabaster!=0.7'\n")]
    [DataRow("FROM python:3.12\nRUN pip install MySQL_python==1.2.2 --user\n")]
    [DataRow("FROM python:3.12\nRUN pip install MySQL_python==1.2.2 --disable-pip-version-check\n")]
    [DataRow("FROM python:3.12\nRUN pip install --index-url https://eg.com/foo --extra-index-url https://ex-eg.io/foo foobar==1.0.0\n")]
    [DataRow("FROM python:3.12\nRUN pip install MySQL_python==1.2.2 --no-cache-dir\n")]
    [DataRow("FROM python:3.12\nRUN pip install pykafka --constraint http://foo.bar.baz\n")]
    [DataRow("FROM python:3.12\nRUN pip install pykafka -c http://foo.bar.baz\n")]
    [DataRow("FROM python:3.12\nRUN pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://user:pass@ex-eg.io/foo foobar==1.0.0\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3013", dockerfile));
}
