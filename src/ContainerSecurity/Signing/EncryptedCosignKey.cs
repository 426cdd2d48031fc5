using System.Text;
using System.Text.Json;

namespace ContainerSecurity.Signing;

/// <summary>
/// Cosign's encrypted private key: the PEM block (ENCRYPTED SIGSTORE PRIVATE KEY, or ENCRYPTED COSIGN PRIVATE KEY
/// before cosign 2) holds JSON <c>{"kdf":{"name":"scrypt","params":{"N":32768,"r":8,"p":1},"salt":B64},
/// "cipher":{"name":"nacl/secretbox","nonce":B64},"ciphertext":B64}</c>; the scrypt key of the password opens the
/// secretbox, which holds the PKCS#8 DER key. The password comes from COSIGN_PASSWORD, as cosign reads it.
/// </summary>
public static class EncryptedCosignKey
{
    public const string PasswordVariable = "COSIGN_PASSWORD";

    public static byte[] Decrypt(byte[] envelope, string password, string path)
    {
        byte[] salt, nonce, ciphertext;
        int n, r, p;
        try
        {
            using var document = JsonDocument.Parse(envelope, new JsonDocumentOptions { MaxDepth = 8 });
            var root = document.RootElement;
            var kdf = root.GetProperty("kdf");
            var cipher = root.GetProperty("cipher");
            if (kdf.GetProperty("name").GetString() != "scrypt" || cipher.GetProperty("name").GetString() != "nacl/secretbox")
                throw new FormatException($"The signing key file '{path}' is encrypted with {kdf.GetProperty("name").GetString()} and {cipher.GetProperty("name").GetString()}; cosign keys use scrypt and nacl/secretbox.");
            var parameters = kdf.GetProperty("params");
            n = parameters.GetProperty("N").GetInt32();
            r = parameters.GetProperty("r").GetInt32();
            p = parameters.GetProperty("p").GetInt32();
            salt = kdf.GetProperty("salt").GetBytesFromBase64();
            nonce = cipher.GetProperty("nonce").GetBytesFromBase64();
            ciphertext = root.GetProperty("ciphertext").GetBytesFromBase64();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"The signing key file '{path}' is not a cosign encrypted key (its JSON envelope cannot be read).");
        }
        if (nonce.Length != 24)
            throw new FormatException($"The signing key file '{path}' has a {nonce.Length}-byte secretbox nonce; it must have 24.");
        var key = Scrypt.DeriveKey(Encoding.UTF8.GetBytes(password), salt, n, r, p, 32);
        return Salsa.SecretBoxOpen(ciphertext, key, nonce)
            ?? throw new FormatException($"The signing key file '{path}' could not be decrypted with the password in {PasswordVariable}: the password is wrong or the file is damaged.");
    }
}
