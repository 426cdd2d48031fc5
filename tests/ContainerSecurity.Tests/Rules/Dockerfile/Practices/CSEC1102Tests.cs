using ContainerSecurity.Findings;
using ContainerSecurity.Rules;
using ContainerSecurity.Rules.Dockerfile;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Practices;

[TestClass]
public sealed class CSEC1102Tests
{
    [TestMethod]
    public void Unnecessary_packages_of_every_package_manager_are_named()
    {
        var text = "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends vim=2:9.0 ca-certificates\nRUN apk add --no-cache curl\nRUN sudo yum install -y openssh-server\nRUN zypper in -y gdb\n";
        var findings = DockerfileLint.Run(text).Where(f => f.Code == "CSEC1102").ToList();
        CollectionAssert.AreEqual(new[] { 2, 3, 4, 5 }, findings.Select(f => f.Location!.Line).ToList());
        Assert.IsTrue(findings.All(f => f.Level == DiagnosticLevel.Warning));
        StringAssert.Contains(findings[0].Message, "vim");
        StringAssert.Contains(findings[2].Message, "openssh-server");
    }

    [TestMethod]
    public void Build_stages_allowed_packages_and_needed_packages_pass()
    {
        Assert.IsEmpty(DockerfileLint.Of("CSEC1102", "FROM debian:12 AS build\nRUN apt-get install -y curl\nFROM debian:12\nRUN apt-get install -y ca-certificates\n"));
        var settings = new DockerfileSettings { Image = new ImageSettings { AllowedPackages = ["curl"] } };
        Assert.IsEmpty(DockerfileLint.Of("CSEC1102", "FROM debian:12\nRUN apt-get install -y curl\n", settings));
    }

    [TestMethod]
    public void Packages_the_project_adds_are_reported()
    {
        var settings = new DockerfileSettings { Image = new ImageSettings { UnnecessaryPackages = ["git"] } };
        Assert.HasCount(1, DockerfileLint.Of("CSEC1102", "FROM debian:12\nRUN apt-get install -y git\n", settings));
    }
}
