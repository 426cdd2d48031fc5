using System.Text;
using ContainerSecurity.Signing;

namespace ContainerSecurity.Tests.Signing;

/// <summary>
/// scrypt and secretbox against RFC 7914's vectors and PyNaCl's output, and a cosign encrypted key written by Python
/// (hashlib.scrypt + nacl.secret.SecretBox in cosign's JSON envelope; password "s3cret pass"), read as cosign reads it.
/// </summary>
[TestClass]
public sealed class EncryptedKeyTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Signing", name));

    [TestMethod]
    [DataRow("password", "NaCl", 1024, 8, 16, "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")]
    [DataRow("", "", 16, 1, 1, "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906")]
    public void Scrypt_matches_RFC_7914(string password, string salt, int n, int r, int p, string expected) =>
        Assert.AreEqual(expected, Convert.ToHexStringLower(Scrypt.DeriveKey(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(salt), n, r, p, 64)));

    [TestMethod]
    public void Scrypt_parameters_that_would_exhaust_memory_are_refused_before_allocating() =>
        StringAssert.Contains(Assert.ThrowsExactly<FormatException>(() => Scrypt.DeriveKey([1], [2], 1 << 30, 8, 1, 32)).Message, "would need more than 256 MB");

    [TestMethod]
    public void Secretbox_matches_PyNaCl_and_a_changed_byte_does_not_open()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var nonce = Enumerable.Range(100, 24).Select(i => (byte)i).ToArray();
        var message = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The quick brown fox jumps over the lazy dog, twice over: ", 3)));
        const string pynacl = "1966c6ffac9b0b4eb496a125af2d65ad56d1fce94bc3a78adbdd41e658f3cd3858c540878ed3266bd52c2de26ff9e9fcc00ad4742e4de2c49179704e2067aa0ca2f58e7764e34b6523b53b61fbc3eb0d20e06c0fba533fe499e9708a60a998fe24e4ad68d19a0922e6f3ec0714879fbfdaad861cc3f94eb06a181aabd32af04a420fc222b20b317c29ef65838663b94bd0206b774fee777c20535818b2bf8527435f9e7a0d4b1366d229c31d0114e984f616484dfdbea502e0dac3";

        Assert.AreEqual(pynacl, Convert.ToHexStringLower(Salsa.SecretBoxSeal(message, key, nonce)));
        CollectionAssert.AreEqual(message, Salsa.SecretBoxOpen(Convert.FromHexString(pynacl), key, nonce));
        var tampered = Convert.FromHexString(pynacl);
        tampered[40] ^= 1;
        Assert.IsNull(Salsa.SecretBoxOpen(tampered, key, nonce));
    }

    [TestMethod]
    public void An_encrypted_cosign_key_opens_with_COSIGN_PASSWORD_and_signs_what_its_public_key_verifies()
    {
        using var key = SigningKey.Parse(Fixture("encrypted-cosign.key"), "cosign.key", name => name == "COSIGN_PASSWORD" ? "s3cret pass" : null);
        using var verifier = SignaturePublicKey.Parse(Fixture("encrypted-cosign.pub"), "cosign.pub");
        var payload = SimpleSigningPayload.For("r/x", "sha256:" + new string('b', 64));
        Assert.IsTrue(verifier.Verifies(payload, key.Sign(payload)));
    }

    [TestMethod]
    public void A_wrong_or_missing_password_is_a_clear_error_that_never_shows_the_password()
    {
        var wrong = Assert.ThrowsExactly<FormatException>(() => SigningKey.Parse(Fixture("encrypted-cosign.key"), "cosign.key", _ => "not the password")).Message;
        StringAssert.Contains(wrong, "could not be decrypted with the password in COSIGN_PASSWORD: the password is wrong or the file is damaged");
        Assert.DoesNotContain("not the password", wrong);
        StringAssert.Contains(Assert.ThrowsExactly<FormatException>(() => SigningKey.Parse(Fixture("encrypted-cosign.key"), "cosign.key", _ => null)).Message, "COSIGN_PASSWORD is not set");
    }
}
