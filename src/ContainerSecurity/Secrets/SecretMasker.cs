namespace ContainerSecurity.Secrets;

/// <summary>Masks a secret so no log or report ever holds it: at most the first 4 characters stay, when it is long enough.</summary>
public static class SecretMasker
{
    public static string Mask(string secret)
    {
        var shown = secret.Length >= 16 ? 4 : 0;
        return secret[..shown] + new string('*', Math.Min(8, Math.Max(4, secret.Length - shown)));
    }

    /// <summary>Whether a value has the shape <see cref="Mask"/> gives: at most 4 characters, then 4 to 8 asterisks.</summary>
    public static bool LooksMasked(string value)
    {
        return IsMaskedAfter(value, 0) || IsMaskedAfter(value, 4);

        static bool IsMaskedAfter(string value, int shown) =>
            value.Length - shown is >= 4 and <= 8 && !value.AsSpan(shown).ContainsAnyExcept('*');
    }
}
