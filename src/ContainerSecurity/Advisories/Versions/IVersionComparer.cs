namespace ContainerSecurity.Advisories.Versions;

/// <summary>Orders version strings the way one ecosystem's own package tool does.</summary>
public interface IVersionComparer
{
    /// <summary>Negative when <paramref name="a"/> is older than <paramref name="b"/>, zero when equal, positive when newer.</summary>
    int Compare(string a, string b);

    /// <summary>Whether the ecosystem's tool accepts <paramref name="version"/> without complaint.</summary>
    bool IsValid(string version);
}
