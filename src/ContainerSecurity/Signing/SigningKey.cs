using System.Security.Cryptography;

namespace ContainerSecurity.Signing;

/// <summary>
/// The private key ContainerSecuritySigningKey names: an unencrypted PKCS#8 PEM ("PRIVATE KEY", ECDSA or RSA) or a SEC1
/// "EC PRIVATE KEY". Signs as cosign does: ECDSA with SHA-256 (P-256) in ASN.1 DER, RSA PKCS#1 v1.5 with SHA-256.
/// Cosign's encrypted keys (scrypt + secretbox) are recognised and refused with a clear message: not supported yet.
/// The key's bytes never appear in a message.
/// </summary>
public sealed class SigningKey : IDisposable
{
    private readonly ECDsa? _ecdsa;
    private readonly RSA? _rsa;

    private SigningKey(ECDsa? ecdsa, RSA? rsa)
    {
        _ecdsa = ecdsa;
        _rsa = rsa;
    }

    public static SigningKey Load(string path) => Load(path, Environment.GetEnvironmentVariable);

    public static SigningKey Load(string path, Func<string, string?> environment)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new FileNotFoundException($"The signing key file '{path}' does not exist.");
        if (info.Length > 64 * 1024)
            throw new FormatException($"The signing key file '{path}' has {info.Length} bytes; a PEM private key has a few hundred to a few thousand.");
        return Parse(File.ReadAllText(path), path, environment);
    }

    public static SigningKey Parse(string pem, string path) => Parse(pem, path, Environment.GetEnvironmentVariable);

    public static SigningKey Parse(string pem, string path, Func<string, string?> environment)
    {
        if (!PemEncoding.TryFind(pem, out var fields))
            throw new FormatException($"The signing key file '{path}' holds no PEM block.");
        var label = pem[fields.Label];
        if (label is "ENCRYPTED SIGSTORE PRIVATE KEY" or "ENCRYPTED COSIGN PRIVATE KEY")
        {
            var password = environment(EncryptedCosignKey.PasswordVariable)
                ?? throw new FormatException($"The signing key file '{path}' is a cosign encrypted key ({label}) and {EncryptedCosignKey.PasswordVariable} is not set: set it to the key's password (empty for a key made with an empty password).");
            return Parse("-----BEGIN PRIVATE KEY-----\n" + Convert.ToBase64String(EncryptedCosignKey.Decrypt(Convert.FromBase64String(pem[fields.Base64Data]), password, path)) + "\n-----END PRIVATE KEY-----\n", path, environment);
        }
        if (label is not ("PRIVATE KEY" or "EC PRIVATE KEY"))
            throw new FormatException($"The signing key file '{path}' holds a PEM '{label}' block, not a private key.");
        var der = Convert.FromBase64String(pem[fields.Base64Data]);
        try
        {
            var ecdsa = ECDsa.Create();
            if (label == "EC PRIVATE KEY")
                ecdsa.ImportECPrivateKey(der, out _);
            else
                ecdsa.ImportPkcs8PrivateKey(der, out _);
            return new SigningKey(ecdsa, null);
        }
        catch (CryptographicException) when (label == "PRIVATE KEY")
        {
        }
        catch (CryptographicException)
        {
            throw new FormatException($"The signing key file '{path}' holds an EC PRIVATE KEY that cannot be read.");
        }
        try
        {
            var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(der, out _);
            return new SigningKey(null, rsa);
        }
        catch (CryptographicException)
        {
            throw new FormatException($"The signing key file '{path}' is neither an ECDSA nor an RSA PKCS#8 key (Ed25519 keys are not supported yet).");
        }
    }

    public byte[] Sign(byte[] payload)
    {
        if (_ecdsa is not null)
        {
            var hash = _ecdsa.KeySize switch { > 384 => HashAlgorithmName.SHA512, > 256 => HashAlgorithmName.SHA384, _ => HashAlgorithmName.SHA256 };
            return _ecdsa.SignData(payload, hash, DSASignatureFormat.Rfc3279DerSequence);
        }
        return _rsa!.SignData(payload, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>The public half as PEM, for `cosign verify --key`.</summary>
    public string PublicKeyPem() => _ecdsa?.ExportSubjectPublicKeyInfoPem() ?? _rsa!.ExportSubjectPublicKeyInfoPem();

    public void Dispose()
    {
        _ecdsa?.Dispose();
        _rsa?.Dispose();
    }
}
