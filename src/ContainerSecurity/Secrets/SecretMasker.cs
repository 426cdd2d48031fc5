namespace ContainerSecurity.Secrets;

/// <summary>Masks a secret so no log or report ever holds it: at most the first 4 characters stay, when it is long enough.</summary>
public static class SecretMasker
{
    public static string Mask(string secret)
    {
        var shown = secret.Length >= 16 ? 4 : 0;
        return secret[..shown] + new string('*', Math.Min(8, Math.Max(4, secret.Length - shown)));
    }
}
