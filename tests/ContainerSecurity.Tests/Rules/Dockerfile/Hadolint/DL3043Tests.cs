using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3043Tests
{
    [TestMethod]
    public void Onbuild_triggering_from_onbuild_or_maintainer_is_an_error() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Error), (3, DiagnosticLevel.Error), (4, DiagnosticLevel.Error) },
            DockerfileLint.Of("DL3043", "FROM debian:12\nONBUILD ONBUILD RUN foo\nONBUILD FROM debian\nONBUILD MAINTAINER me\n").ToList());

    [TestMethod]
    public void Onbuild_run_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3043", "FROM debian:12\nONBUILD RUN foo bar\n"));
}
