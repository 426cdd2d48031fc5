using System.Security.Cryptography;
using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

/// <summary>ContainerSecuritySigningKey: what passed the gate is pushed with a cosign signature that verifies independently.</summary>
[TestClass]
public sealed class DeliverySigningTests
{
    private static TestProject Project(string keyPem, out string publicKeyPath)
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>\n    <ContainerSecuritySigningKey>keys/cosign.key</ContainerSecuritySigningKey>");
        Directory.CreateDirectory(Path.Combine(project.Directory, "keys"));
        File.WriteAllText(Path.Combine(project.Directory, "keys", "cosign.key"), keyPem);
        publicKeyPath = Path.Combine(project.Directory, "cosign.pub");
        return project;
    }

    [TestMethod]
    public void A_registry_delivery_is_signed_and_the_signature_verifies_with_python_cryptography()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var project = Project(key.ExportPkcs8PrivateKeyPem(), out var publicKey);
        File.WriteAllText(publicKey, key.ExportSubjectPublicKeyInfoPem());

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var digest = RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest")!;
        var tag = digest.Replace(':', '-') + ".sig";
        StringAssert.Contains(result.Output, $"ContainerSecurity: signed it with ContainerSecuritySigningKey: {Services.Registry}/{project.Repository}:{tag}");
        Assert.DoesNotContain("PRIVATE KEY", result.Output);
        var verify = ProcessRunner.Run("python3", [Path.Combine(AppContext.BaseDirectory, "Infrastructure", "verify_cosign_signature.py"), Services.Registry, project.Repository, digest, publicKey], project.Directory);
        Assert.AreEqual((0, $"verified {tag}"), (verify.ExitCode, verify.Output.Trim()), verify.ToString());

        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(publicKey, stranger.ExportSubjectPublicKeyInfoPem());
        Assert.AreNotEqual(0, ProcessRunner.Run("python3", [Path.Combine(AppContext.BaseDirectory, "Infrastructure", "verify_cosign_signature.py"), Services.Registry, project.Repository, digest, publicKey], project.Directory).ExitCode,
            "the independent check must be able to fail");
    }

    [TestMethod]
    public void A_key_that_cannot_be_used_is_CSEC9006_and_nothing_is_pushed()
    {
        var project = Project("-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\neyJrZGYiOnt9fQ==\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n", out _);

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var error = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC9006");
        StringAssert.Contains(error.Message, "Nothing was pushed.");
        Assert.IsNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }

    [TestMethod]
    public void An_archive_destination_is_delivered_unsigned_with_warning_CSEC6003()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var project = Project(key.ExportPkcs8PrivateKeyPem(), out _);
        var target = Path.Combine(project.Directory, "out", "image.tar.gz");

        var result = project.Publish($"-p:ContainerArchiveOutputPath={target}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsTrue(File.Exists(target));
        StringAssert.Contains(TestProject.Diagnostics(result).Single(d => d.Code == "CSEC6003" && d.Level == "warning").Message, "nothing was signed");
    }
}
