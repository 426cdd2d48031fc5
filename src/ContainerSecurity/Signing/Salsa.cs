using System.Buffers.Binary;
using System.Numerics;

namespace ContainerSecurity.Signing;

/// <summary>The Salsa20 core, XSalsa20 and NaCl's secretbox (XSalsa20-Poly1305), as cosign's encrypted keys use them.</summary>
public static class Salsa
{
    private static readonly uint[] Sigma = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574];

    /// <summary>Salsa20/<paramref name="rounds"/> of <paramref name="input"/> into <paramref name="output"/> (may be the same array).</summary>
    public static void Core(uint[] input, uint[] output, int rounds, bool addInput)
    {
        Span<uint> x = stackalloc uint[16];
        input.AsSpan(0, 16).CopyTo(x);
        for (var i = 0; i < rounds; i += 2)
        {
            x[4] ^= BitOperations.RotateLeft(x[0] + x[12], 7); x[8] ^= BitOperations.RotateLeft(x[4] + x[0], 9);
            x[12] ^= BitOperations.RotateLeft(x[8] + x[4], 13); x[0] ^= BitOperations.RotateLeft(x[12] + x[8], 18);
            x[9] ^= BitOperations.RotateLeft(x[5] + x[1], 7); x[13] ^= BitOperations.RotateLeft(x[9] + x[5], 9);
            x[1] ^= BitOperations.RotateLeft(x[13] + x[9], 13); x[5] ^= BitOperations.RotateLeft(x[1] + x[13], 18);
            x[14] ^= BitOperations.RotateLeft(x[10] + x[6], 7); x[2] ^= BitOperations.RotateLeft(x[14] + x[10], 9);
            x[6] ^= BitOperations.RotateLeft(x[2] + x[14], 13); x[10] ^= BitOperations.RotateLeft(x[6] + x[2], 18);
            x[3] ^= BitOperations.RotateLeft(x[15] + x[11], 7); x[7] ^= BitOperations.RotateLeft(x[3] + x[15], 9);
            x[11] ^= BitOperations.RotateLeft(x[7] + x[3], 13); x[15] ^= BitOperations.RotateLeft(x[11] + x[7], 18);
            x[1] ^= BitOperations.RotateLeft(x[0] + x[3], 7); x[2] ^= BitOperations.RotateLeft(x[1] + x[0], 9);
            x[3] ^= BitOperations.RotateLeft(x[2] + x[1], 13); x[0] ^= BitOperations.RotateLeft(x[3] + x[2], 18);
            x[6] ^= BitOperations.RotateLeft(x[5] + x[4], 7); x[7] ^= BitOperations.RotateLeft(x[6] + x[5], 9);
            x[4] ^= BitOperations.RotateLeft(x[7] + x[6], 13); x[5] ^= BitOperations.RotateLeft(x[4] + x[7], 18);
            x[11] ^= BitOperations.RotateLeft(x[10] + x[9], 7); x[8] ^= BitOperations.RotateLeft(x[11] + x[10], 9);
            x[9] ^= BitOperations.RotateLeft(x[8] + x[11], 13); x[10] ^= BitOperations.RotateLeft(x[9] + x[8], 18);
            x[12] ^= BitOperations.RotateLeft(x[15] + x[14], 7); x[13] ^= BitOperations.RotateLeft(x[12] + x[15], 9);
            x[14] ^= BitOperations.RotateLeft(x[13] + x[12], 13); x[15] ^= BitOperations.RotateLeft(x[14] + x[13], 18);
        }
        for (var i = 0; i < 16; i++)
            output[i] = addInput ? x[i] + input[i] : x[i];
    }

    private static uint[] State(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sixteen)
    {
        var s = new uint[16];
        s[0] = Sigma[0]; s[5] = Sigma[1]; s[10] = Sigma[2]; s[15] = Sigma[3];
        for (var i = 0; i < 4; i++)
        {
            s[1 + i] = BinaryPrimitives.ReadUInt32LittleEndian(key[(i * 4)..]);
            s[11 + i] = BinaryPrimitives.ReadUInt32LittleEndian(key[(16 + i * 4)..]);
            s[6 + i] = BinaryPrimitives.ReadUInt32LittleEndian(sixteen[(i * 4)..]);
        }
        return s;
    }

    /// <summary>XSalsa20's key stream of <paramref name="length"/> bytes for a 32-byte key and a 24-byte nonce.</summary>
    public static byte[] XSalsa20Stream(ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, int length)
    {
        var h = State(key, nonce[..16]);
        Core(h, h, 20, addInput: false);
        Span<byte> subkey = stackalloc byte[32];
        int[] picks = [0, 5, 10, 15, 6, 7, 8, 9];
        for (var i = 0; i < 8; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(subkey[(i * 4)..], h[picks[i]]);
        Span<byte> input = stackalloc byte[16];
        nonce[16..24].CopyTo(input);
        var state = State(subkey, input);
        var stream = new byte[length];
        var block = new uint[16];
        Span<byte> word = stackalloc byte[4];
        for (ulong counter = 0; (long)counter * 64 < length; counter++)
        {
            state[8] = (uint)counter;
            state[9] = (uint)(counter >> 32);
            Core(state, block, 20, addInput: true);
            for (var i = 0; i < 16 && (long)counter * 64 + i * 4 < length; i++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(word, block[i]);
                for (var k = 0; k < 4 && (long)counter * 64 + i * 4 + k < length; k++)
                    stream[(long)counter * 64 + i * 4 + k] = word[k];
            }
        }
        return stream;
    }

    /// <summary>NaCl secretbox_open (Go's secretbox.Open layout: 16-byte Poly1305 tag, then the ciphertext); null when the tag does not match.</summary>
    public static byte[]? SecretBoxOpen(byte[] box, byte[] key, byte[] nonce)
    {
        if (box.Length < 16 || key.Length != 32 || nonce.Length != 24)
            return null;
        var stream = XSalsa20Stream(key, nonce, 32 + box.Length - 16);
        var tag = Poly1305(box.AsSpan(16), stream.AsSpan(0, 32));
        if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(tag, box.AsSpan(0, 16)))
            return null;
        var plain = new byte[box.Length - 16];
        for (var i = 0; i < plain.Length; i++)
            plain[i] = (byte)(box[16 + i] ^ stream[32 + i]);
        return plain;
    }

    /// <summary>NaCl secretbox (tag, then ciphertext), for tests and tools that write encrypted keys.</summary>
    public static byte[] SecretBoxSeal(byte[] plain, byte[] key, byte[] nonce)
    {
        var stream = XSalsa20Stream(key, nonce, 32 + plain.Length);
        var cipher = new byte[plain.Length];
        for (var i = 0; i < plain.Length; i++)
            cipher[i] = (byte)(plain[i] ^ stream[32 + i]);
        return [.. Poly1305(cipher, stream.AsSpan(0, 32)), .. cipher];
    }

    /// <summary>Poly1305 (RFC 8439 §2.5) with a one-time 32-byte key.</summary>
    public static byte[] Poly1305(ReadOnlySpan<byte> message, ReadOnlySpan<byte> key)
    {
        var rBytes = key[..16].ToArray();
        rBytes[3] &= 15; rBytes[7] &= 15; rBytes[11] &= 15; rBytes[15] &= 15;
        rBytes[4] &= 252; rBytes[8] &= 252; rBytes[12] &= 252;
        var r = new BigInteger(rBytes, isUnsigned: true, isBigEndian: false);
        var s = new BigInteger(key[16..32], isUnsigned: true, isBigEndian: false);
        var p = (BigInteger.One << 130) - 5;
        var acc = BigInteger.Zero;
        for (var i = 0; i < message.Length; i += 16)
        {
            var chunk = message[i..Math.Min(i + 16, message.Length)];
            var bytes = new byte[chunk.Length + 1];
            chunk.CopyTo(bytes);
            bytes[^1] = 1;
            acc = (acc + new BigInteger(bytes, isUnsigned: true, isBigEndian: false)) * r % p;
        }
        acc = (acc + s) & ((BigInteger.One << 128) - 1);
        var tag = new byte[16];
        acc.TryWriteBytes(tag, out _, isUnsigned: true, isBigEndian: false);
        return tag;
    }
}
