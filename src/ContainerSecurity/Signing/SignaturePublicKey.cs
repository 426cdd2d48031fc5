using System.Security.Cryptography;

namespace ContainerSecurity.Signing;

/// <summary>
/// A cosign public key (PEM "PUBLIC KEY", SubjectPublicKeyInfo) that checks signatures the way cosign does: ECDSA
/// (P-256/SHA-256 as cosign generates, P-384/P-521 with SHA-384/512) over an ASN.1 DER signature, RSA PKCS#1 v1.5 with SHA-256.
/// </summary>
public sealed class SignaturePublicKey : IDisposable
{
    private readonly ECDsa? _ecdsa;
    private readonly RSA? _rsa;

    public string Path { get; }

    private SignaturePublicKey(string path, ECDsa? ecdsa, RSA? rsa)
    {
        Path = path;
        _ecdsa = ecdsa;
        _rsa = rsa;
    }

    /// <summary>Reads the key file; a clear <see cref="FormatException"/> or <see cref="IOException"/> when it is not a usable public key.</summary>
    public static SignaturePublicKey Load(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new FileNotFoundException($"The public key file '{path}' does not exist.");
        if (info.Length > 64 * 1024)
            throw new FormatException($"The public key file '{path}' has {info.Length} bytes; a PEM public key has a few hundred.");
        return Parse(File.ReadAllText(path), path);
    }

    public static SignaturePublicKey Parse(string pem, string path)
    {
        PemFields fields;
        if (!PemEncoding.TryFind(pem, out fields))
            throw new FormatException($"'{path}' holds no PEM block; write the key as cosign does (-----BEGIN PUBLIC KEY-----).");
        var label = pem[fields.Label];
        if (label != "PUBLIC KEY")
            throw new FormatException($"'{path}' holds a PEM '{label}' block, not a PUBLIC KEY (give the public half: cosign.pub).");
        var der = Convert.FromBase64String(pem[fields.Base64Data]);
        try
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportSubjectPublicKeyInfo(der, out _);
            return new SignaturePublicKey(path, ecdsa, null);
        }
        catch (CryptographicException)
        {
        }
        try
        {
            var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(der, out _);
            return new SignaturePublicKey(path, null, rsa);
        }
        catch (CryptographicException)
        {
        }
        throw new FormatException($"'{path}' is neither an ECDSA nor an RSA public key (Ed25519 keys are not supported yet).");
    }

    /// <summary>Whether <paramref name="signature"/> (as in the cosign annotation, decoded) signs <paramref name="payload"/>.</summary>
    public bool Verifies(byte[] payload, byte[] signature)
    {
        try
        {
            if (_ecdsa is not null)
            {
                var hash = _ecdsa.KeySize switch { > 384 => HashAlgorithmName.SHA512, > 256 => HashAlgorithmName.SHA384, _ => HashAlgorithmName.SHA256 };
                return _ecdsa.VerifyData(payload, signature, hash, DSASignatureFormat.Rfc3279DerSequence);
            }
            return _rsa!.VerifyData(payload, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _ecdsa?.Dispose();
        _rsa?.Dispose();
    }
}
