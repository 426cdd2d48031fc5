using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ContainerSecurity.Signing;

/// <summary>scrypt (RFC 7914), as cosign derives the key of an encrypted private key (N=32768, r=8, p=1).</summary>
public static class Scrypt
{
    /// <summary>The most memory (128·r·N bytes) a key file may make the derivation use: cosign's defaults need 32 MB.</summary>
    public const long MaxMemoryBytes = 256L * 1024 * 1024;

    public static byte[] DeriveKey(byte[] password, byte[] salt, int n, int r, int p, int length)
    {
        if (n < 2 || (n & (n - 1)) != 0 || r < 1 || p < 1 || (long)r * p >= 1 << 30)
            throw new FormatException($"scrypt parameters N={n}, r={r}, p={p} are not valid (N a power of two above 1, r and p at least 1).");
        if (128L * r * n > MaxMemoryBytes || 128L * r * p > MaxMemoryBytes)
            throw new FormatException($"scrypt parameters N={n}, r={r}, p={p} would need more than {MaxMemoryBytes / (1024 * 1024)} MB.");
        var blockBytes = 128 * r;
        var b = Rfc2898DeriveBytes.Pbkdf2(password, salt, 1, HashAlgorithmName.SHA256, p * blockBytes);
        var x = new uint[32 * r];
        var v = new uint[32 * r * n];
        var t = new uint[16];
        var y = new uint[32 * r];
        for (var i = 0; i < p; i++)
        {
            var block = b.AsSpan(i * blockBytes, blockBytes);
            for (var k = 0; k < x.Length; k++)
                x[k] = BinaryPrimitives.ReadUInt32LittleEndian(block[(k * 4)..]);
            for (var k = 0; k < n; k++)
            {
                Array.Copy(x, 0, v, k * x.Length, x.Length);
                BlockMix(x, y, t, r);
            }
            for (var k = 0; k < n; k++)
            {
                var j = (int)(x[(2 * r - 1) * 16] & (uint)(n - 1));
                for (var m = 0; m < x.Length; m++)
                    x[m] ^= v[j * x.Length + m];
                BlockMix(x, y, t, r);
            }
            for (var k = 0; k < x.Length; k++)
                BinaryPrimitives.WriteUInt32LittleEndian(block[(k * 4)..], x[k]);
        }
        return Rfc2898DeriveBytes.Pbkdf2(password, b, 1, HashAlgorithmName.SHA256, length);
    }

    private static void BlockMix(uint[] b, uint[] y, uint[] x, int r)
    {
        Array.Copy(b, (2 * r - 1) * 16, x, 0, 16);
        for (var i = 0; i < 2 * r; i++)
        {
            for (var k = 0; k < 16; k++)
                x[k] ^= b[i * 16 + k];
            Salsa.Core(x, x, 8, addInput: true);
            // Even blocks go to the first half, odd ones to the second.
            Array.Copy(x, 0, y, ((i & 1) * r + (i >> 1)) * 16, 16);
        }
        Array.Copy(y, b, y.Length);
    }
}
