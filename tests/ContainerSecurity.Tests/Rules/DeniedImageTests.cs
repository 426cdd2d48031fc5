using ContainerSecurity.Findings;
using ContainerSecurity.Images;
using ContainerSecurity.Rules;
using ContainerSecurity.Rules.Dockerfile;
using ContainerSecurity.Rules.Image;
using ContainerSecurity.Tests.Rules.Dockerfile;

namespace ContainerSecurity.Tests.Rules;

[TestClass]
public sealed class DeniedImageTests
{
    [TestMethod]
    [DataRow("docker.io/library/*", "ubuntu:24.04", true)]
    [DataRow("docker.io/library/*", "debian", true)]
    [DataRow("docker.io/library/*", "index.docker.io/library/debian:12", true)]
    [DataRow("docker.io/library/*", "bitnami/nginx:1", false)]
    [DataRow("docker.io/*", "bitnami/nginx:1", true)]
    [DataRow("nginx", "docker.io/library/nginx:1.27", true)]
    [DataRow("nginx", "docker.io/library/nginx-extra:1.27", false)]
    [DataRow("*.example.com/*", "registry.example.com/team/app:1", true)]
    [DataRow("*.example.com/*", "example.com/team/app:1", false)]
    [DataRow("localhost:5000/csec/synthetic:1", "localhost:5000/csec/synthetic:1", true)]
    [DataRow("localhost:5000/csec/synthetic:1", "localhost:5000/csec/synthetic:2", false)]
    [DataRow("localhost:5000/csec/*:1*", "localhost:5000/csec/synthetic:1.2", true)]
    [DataRow("quay.io/acme/app:latest", "quay.io/acme/app", true)]
    [DataRow("quay.io/acme/app@sha256:abc", "quay.io/acme/app:1@sha256:ABC", true)]
    [DataRow("quay.io/acme/app@sha256:abc", "quay.io/acme/app:1@sha256:def", false)]
    [DataRow("quay.io/acme/app@sha256:abc", "quay.io/acme/app:1", false)]
    [DataRow("QUAY.IO/Acme/*", "quay.io/acme/app:1", true)]
    [DataRow("", "quay.io/acme/app:1", false)]
    public void Patterns_match_registry_repository_tag_and_digest_with_dockers_defaults(string pattern, string image, bool matches) =>
        Assert.AreEqual(matches, new DeniedImage(pattern).Matches(ImageReference.Parse(image)!), $"{pattern} vs {image}");

    [TestMethod]
    public void A_denied_base_image_is_an_error_with_the_justification_at_the_ContainerBaseImage_line()
    {
        var policy = new ImageSettings { DeniedImages = [new DeniedImage("docker.io/library/*", "Docker Hub official images are not mirrored here")] };
        var hit = new DeniedBaseImageRule().Check(ImageContexts.With(ImageContexts.BasedOn("docker.io/library/ubuntu:24.04"), policy)).Single();
        StringAssert.Contains(hit.Message, "Base image docker.io/library/ubuntu:24.04 is denied by ContainerSecurityDeniedImage 'docker.io/library/*': Docker Hub official images are not mirrored here.");
        Assert.AreEqual(DiagnosticLevel.Error, new DeniedBaseImageRule().Info.DefaultLevel);
        Assert.IsEmpty(new DeniedBaseImageRule().Check(ImageContexts.With(ImageContexts.BasedOn("mcr.microsoft.com/dotnet/runtime:10.0"), policy)).ToList());
        Assert.IsEmpty(new DeniedBaseImageRule().Check(ImageContexts.With(ImageContexts.BasedOn("docker.io/library/ubuntu:24.04"))).ToList(), "no items deny nothing");
        StringAssert.Contains(new DeniedBaseImageRule().Check(ImageContexts.With(ImageContexts.BasedOn("docker.io/library/ubuntu:24.04"), new ImageSettings { DeniedImages = [new DeniedImage("ubuntu")] })).Single().Message,
            "no justification was given");
    }

    [TestMethod]
    public void A_denied_FROM_image_is_reported_at_its_FROM_line_with_meta_args_expanded()
    {
        var settings = new DockerfileSettings { Image = new ImageSettings { DeniedImages = [new DeniedImage("docker.io/library/*", "use the internal mirror")] } };
        var text = "ARG BASE=debian:12\nFROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM ${BASE}\nFROM build\nFROM scratch\nFROM ubuntu:24.04\n";
        CollectionAssert.AreEqual(new[] { (3, DiagnosticLevel.Error), (6, DiagnosticLevel.Error) }, DockerfileLint.Of("CSEC5010", text, settings).ToList());
        StringAssert.Contains(DockerfileLint.Run("FROM debian:12\n", settings).Single(f => f.Code == "CSEC5010").Message, "Base image debian:12 is denied by ContainerSecurityDeniedImage 'docker.io/library/*': use the internal mirror.");
        Assert.IsEmpty(DockerfileLint.Of("CSEC5010", "FROM debian:12\n"));
    }

    [TestMethod]
    public void The_catalog_lists_CSEC5010_as_the_denied_image_error()
    {
        var info = DiagnosticCatalog.Find("CSEC5010")!;
        Assert.AreEqual("Base image is denied by the project", info.Title);
        Assert.AreEqual(DiagnosticLevel.Error, info.DefaultLevel);
    }
}
