using System.Security.Cryptography;
using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

/// <summary>ContainerSecuritySigningKey: what passed the gate is pushed with a cosign signature that verifies independently.</summary>
[TestClass]
public sealed class DeliverySigningTests
{
    /// <summary>Debian's python3, where python3-cryptography and python3-nacl (build/install.sh) are installed.</summary>
    private static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    private static string Script(string name) => Path.Combine(AppContext.BaseDirectory, "Infrastructure", name);

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
        var verify = ProcessRunner.Run(Python, [Script("verify_cosign_signature.py"), Services.Registry, project.Repository, digest, publicKey], project.Directory);
        Assert.AreEqual((0, $"verified {tag}"), (verify.ExitCode, verify.Output.Trim()), verify.ToString());

        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(publicKey, stranger.ExportSubjectPublicKeyInfoPem());
        Assert.AreNotEqual(0, ProcessRunner.Run(Python, [Script("verify_cosign_signature.py"), Services.Registry, project.Repository, digest, publicKey], project.Directory).ExitCode,
            "the independent check must be able to fail");
    }

    [TestMethod]
    public void A_cosign_encrypted_key_signs_with_COSIGN_PASSWORD_and_a_wrong_password_is_CSEC9006_before_anything_is_pushed()
    {
        var project = Project("", out var publicKey);
        var keyFile = Path.Combine(project.Directory, "keys", "cosign.key");
        var made = ProcessRunner.Run(Python, [Script("make_cosign_key.py"), keyFile, publicKey, "correct horse"], project.Directory);
        Assert.AreEqual(0, made.ExitCode, made.ToString());

        project.Environment["COSIGN_PASSWORD"] = "wrong horse";
        var refused = project.Publish($"-p:ContainerRegistry={Services.Registry}");
        Assert.AreNotEqual(0, refused.ExitCode, refused.ToString());
        var error = TestProject.Diagnostics(refused).Single(d => d.Code == "CSEC9006");
        StringAssert.Contains(error.Message, "could not be decrypted with the password in COSIGN_PASSWORD: the password is wrong or the file is damaged. Nothing was pushed.");
        Assert.DoesNotContain("wrong horse", refused.Output);
        Assert.IsNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));

        project.Environment["COSIGN_PASSWORD"] = "correct horse";
        var signed = project.Publish($"-p:ContainerRegistry={Services.Registry}");
        Assert.AreEqual(0, signed.ExitCode, signed.ToString());
        var digest = RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest")!;
        var verify = ProcessRunner.Run(Python, [Script("verify_cosign_signature.py"), Services.Registry, project.Repository, digest, publicKey], project.Directory);
        Assert.AreEqual(0, verify.ExitCode, verify.ToString());
        Assert.DoesNotContain("correct horse", signed.Output);
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
