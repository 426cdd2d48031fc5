using System.Security.Cryptography;
using ContainerSecurity.Signing;

namespace ContainerSecurity.Tests.Signing;

[TestClass]
public sealed class SigningKeyTests
{
    [TestMethod]
    public void PKCS8_ECDSA_SEC1_and_RSA_keys_sign_what_their_public_keys_verify()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var rsa = RSA.Create(2048);
        var payload = SimpleSigningPayload.For("r/x", "sha256:" + new string('a', 64));
        foreach (var (pem, pub) in new[] { (ecdsa.ExportPkcs8PrivateKeyPem(), ecdsa.ExportSubjectPublicKeyInfoPem()), (ecdsa.ExportECPrivateKeyPem(), ecdsa.ExportSubjectPublicKeyInfoPem()), (rsa.ExportPkcs8PrivateKeyPem(), rsa.ExportSubjectPublicKeyInfoPem()) })
        {
            using var key = SigningKey.Parse(pem, "cosign.key");
            using var verifier = SignaturePublicKey.Parse(pub, "cosign.pub");
            Assert.IsTrue(verifier.Verifies(payload, key.Sign(payload)));
            Assert.AreEqual(pub, key.PublicKeyPem());
        }
    }

    [TestMethod]
    public void Garbled_encrypted_keys_public_keys_and_garbage_are_clear_errors()
    {
        var garbled = Assert.ThrowsExactly<FormatException>(() => SigningKey.Parse("-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\neyJrZGYiOnt9fQ==\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n", "cosign.key", _ => "pw")).Message;
        StringAssert.Contains(garbled, "is not a cosign encrypted key");
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        StringAssert.Contains(Assert.ThrowsExactly<FormatException>(() => SigningKey.Parse(ecdsa.ExportSubjectPublicKeyInfoPem(), "k")).Message, "not a private key");
        StringAssert.Contains(Assert.ThrowsExactly<FormatException>(() => SigningKey.Parse("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", "k")).Message, "neither an ECDSA nor an RSA");
        StringAssert.Contains(Assert.ThrowsExactly<FileNotFoundException>(() => SigningKey.Load("/nonexistent/cosign.key")).Message, "does not exist");
    }
}
