using System.Security.Cryptography;
using System.Text;
using ContainerSecurity.Images;
using ContainerSecurity.Signing;

namespace ContainerSecurity.Tests.Signing;

/// <summary>Signature manifests laid out as cosign writes them, signed with keys made here, checked as the gate checks base images.</summary>
[TestClass]
public sealed class CosignSignatureVerifierTests
{
    private const string ImageDigest = "sha256:992471931b74703d5540017d3a854e8cc5081895ec94e35d3272b6b2637b16f8";

    private sealed class Attachment
    {
        public Dictionary<string, byte[]> Blobs { get; } = new();
        public List<string> Layers { get; } = new();

        public void Add(byte[] payload, byte[] signature, string mediaType = SigstoreAttachment.SimpleSigningMediaType)
        {
            var digest = Digest.Of(payload);
            Blobs[digest] = payload;
            Layers.Add($$$"""{"mediaType":"{{{mediaType}}}","size":{{{payload.Length}}},"digest":"{{{digest}}}","annotations":{"{{{SigstoreAttachment.SignatureAnnotation}}}":"{{{Convert.ToBase64String(signature)}}}"}}""");
        }

        public byte[] Manifest => Encoding.UTF8.GetBytes($$"""{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","size":233,"digest":"sha256:00"},"layers":[{{string.Join(",", Layers)}}]}""");

        public Task<SignatureOutcome> Verify(params SignaturePublicKey[] keys) =>
            CosignSignatureVerifier.VerifyAsync(Manifest, ImageDigest, keys, digest => Task.FromResult(Blobs[digest]));
    }

    private static SignaturePublicKey PublicKey(AsymmetricAlgorithm key, string name) => SignaturePublicKey.Parse(key.ExportSubjectPublicKeyInfoPem(), name);

    private static byte[] Sign(ECDsa key, byte[] payload) => key.SignData(payload, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    [TestMethod]
    public async Task A_payload_signed_by_the_key_naming_the_digest_verifies()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var attachment = new Attachment();
        var payload = SimpleSigningPayload.For("localhost:5000/csec/synthetic", ImageDigest);
        attachment.Add(payload, Sign(key, payload));

        var outcome = await attachment.Verify(PublicKey(key, "cosign.pub"));

        Assert.IsTrue(outcome.Verified, string.Join("; ", outcome.Problems));
        Assert.AreEqual("cosign.pub", outcome.VerifiedBy);
        Assert.AreEqual("{\"critical\":{\"identity\":{\"docker-reference\":\"localhost:5000/csec/synthetic\"},\"image\":{\"docker-manifest-digest\":\"" + ImageDigest + "\"},\"type\":\"cosign container image signature\"},\"optional\":null}", Encoding.UTF8.GetString(payload));
    }

    [TestMethod]
    public async Task Another_key_a_tampered_payload_a_wrong_digest_or_type_does_not_verify_and_says_why()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var good = SimpleSigningPayload.For("r/x", ImageDigest);

        var wrongKey = new Attachment();
        wrongKey.Add(good, Sign(other, good));
        StringAssert.Contains(string.Join("; ", (await wrongKey.Verify(PublicKey(key, "team.pub"))).Problems), "does not verify with team.pub");

        var tampered = new Attachment();
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(good).Replace("r/x", "r/y"));
        tampered.Add(changed, Sign(key, good));
        Assert.IsFalse((await tampered.Verify(PublicKey(key, "team.pub"))).Verified);

        var wrongDigest = new Attachment();
        var forOther = SimpleSigningPayload.For("r/x", "sha256:" + new string('1', 64));
        wrongDigest.Add(forOther, Sign(key, forOther));
        var outcome = await wrongDigest.Verify(PublicKey(key, "team.pub"));
        Assert.IsFalse(outcome.Verified);
        StringAssert.Contains(outcome.Problems.Single(), $"signs sha256:{new string('1', 64)}, not {ImageDigest}");

        var wrongType = new Attachment();
        var attestation = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(good).Replace("cosign container image signature", "cosign attestation"));
        wrongType.Add(attestation, Sign(key, attestation));
        StringAssert.Contains((await wrongType.Verify(PublicKey(key, "team.pub"))).Problems.Single(), "critical.type is 'cosign attestation'");

        var otherMediaType = new Attachment();
        otherMediaType.Add(good, Sign(key, good), "application/vnd.in-toto+json");
        StringAssert.Contains((await otherMediaType.Verify(PublicKey(key, "team.pub"))).Problems.Single(), "has no application/vnd.dev.cosign.simplesigning.v1+json layer");
    }

    [TestMethod]
    public async Task Any_key_of_the_scope_may_verify_and_RSA_keys_work_as_cosign_signs_with_them()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var rsa = RSA.Create(2048);
        var payload = SimpleSigningPayload.For("r/x", ImageDigest);
        var attachment = new Attachment();
        attachment.Add(payload, rsa.SignData(payload, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        var outcome = await attachment.Verify(PublicKey(ecdsa, "a.pub"), PublicKey(rsa, "b.pub"));

        Assert.AreEqual("b.pub", outcome.VerifiedBy);
    }

    [TestMethod]
    public void Key_files_that_are_not_public_keys_are_clear_errors()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        StringAssert.Contains(Assert.ThrowsExactly<FormatException>(() => SignaturePublicKey.Parse(key.ExportPkcs8PrivateKeyPem(), "cosign.key")).Message, "not a PUBLIC KEY");
        StringAssert.Contains(Assert.ThrowsExactly<FormatException>(() => SignaturePublicKey.Parse("hello", "x.pub")).Message, "no PEM block");
    }

    [TestMethod]
    [DataRow("localhost:5000/csec", "localhost:5000/csec/synthetic:1", true)]
    [DataRow("localhost:5000/csec", "localhost:5000/csecx/synthetic:1", false)]
    [DataRow("localhost:5000", "localhost:5000/csec/synthetic:1", true)]
    [DataRow("localhost:5000/csec/synthetic", "localhost:5000/csec/synthetic@sha256:ab", true)]
    [DataRow("docker.io/library", "debian:12", true)]
    [DataRow("mcr.microsoft.com/dotnet", "debian:12", false)]
    public void Scopes_cover_a_registry_or_a_repository_prefix(string scope, string image, bool covered) =>
        Assert.AreEqual(covered, new BaseImageSigner(scope, "k.pub").Covers(ImageReference.Parse(image)!));
}
