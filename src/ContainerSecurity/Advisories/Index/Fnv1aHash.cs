namespace ContainerSecurity.Advisories.Index;

/// <summary>64-bit FNV-1a: a cheap check that the name table read is the one written.</summary>
internal static class Fnv1aHash
{
    public static ulong Compute(ReadOnlySpan<byte> data)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in data)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
