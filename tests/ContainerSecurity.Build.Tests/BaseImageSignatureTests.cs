using System.Security.Cryptography;
using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

/// <summary>ContainerSecurityBaseImageSigner: base images under a scope must carry a cosign signature the scope's key verifies.</summary>
[TestClass]
public sealed class BaseImageSignatureTests
{
    private static (TestProject Project, string Base, string Digest, ECDsa Key) Setup(string keyFile = "cosign.pub")
    {
        var baseRepository = "signed/" + Guid.NewGuid().ToString("N")[..10];
        var digest = CosignFixture.CopyBase(Services.Registry, "csec/synthetic", baseRepository);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var project = new TestProject(
            properties: "    <ContainerUser>app</ContainerUser>",
            items: $"    <ContainerSecurityBaseImageSigner Include=\"{Services.Registry}/signed\" PublicKey=\"{keyFile}\" />",
            baseImage: $"{Services.Registry}/{baseRepository}:1");
        CosignFixture.WritePublicKey(project.Directory, key);
        return (project, baseRepository, digest, key);
    }

    [TestMethod]
    public void A_base_signed_by_the_scopes_key_passes_and_is_pushed()
    {
        var (project, baseRepository, digest, key) = Setup();
        CosignFixture.Sign(Services.Registry, baseRepository, digest, key);

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(TestProject.Diagnostics(result).Where(d => d.Code.StartsWith("CSEC6", StringComparison.Ordinal)).ToList());
        Assert.IsNotNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }

    [TestMethod]
    public void An_unsigned_base_is_CSEC6001_at_the_items_line_naming_the_digest_and_nothing_is_pushed()
    {
        var (project, _, digest, _) = Setup();

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var error = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC6001");
        Assert.AreEqual((project.ProjectFile, 11, "error"), (error.File, error.Line, error.Level));
        StringAssert.Contains(error.Message, digest);
        StringAssert.Contains(error.Message, digest.Replace(':', '-') + ".sig");
        Assert.IsNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }

    [TestMethod]
    public void A_base_signed_by_another_key_or_for_another_type_is_CSEC6002()
    {
        var (project, baseRepository, digest, _) = Setup();
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        CosignFixture.Sign(Services.Registry, baseRepository, digest, stranger);

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var error = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC6002");
        Assert.AreEqual((project.ProjectFile, 11), (error.File, error.Line));
        StringAssert.Contains(error.Message, digest);
        StringAssert.Contains(error.Message, "does not verify with");
        Assert.IsNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }

    [TestMethod]
    public void A_base_outside_every_scope_need_not_be_signed()
    {
        var outside = new TestProject(properties: "    <ContainerUser>app</ContainerUser>",
            items: $"    <ContainerSecurityBaseImageSigner Include=\"{Services.Registry}/signed\" PublicKey=\"cosign.pub\" />");

        var result = outside.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsNotNull(RegistryProbe.ManifestDigest(Services.Registry, outside.Repository, "latest"));
    }
}
