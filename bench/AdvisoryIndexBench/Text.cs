namespace AdvisoryIndexBench;

/// <summary>Advisory-like text: sentences of security words, CVSS vectors.</summary>
internal static class Text
{
    private static readonly string[] Words = ["buffer", "overflow", "in", "the", "parser", "allows", "remote", "attackers", "to", "cause", "a", "denial", "of", "service", "via", "crafted", "input", "use-after-free", "when", "handling", "certificates", "integer", "heap", "memory", "corruption", "could", "lead", "arbitrary", "code", "execution", "NULL", "pointer", "dereference", "function"];
    private static readonly string[] Cvss = ["AV:N", "AV:L", "AV:A", "AC:L", "AC:H", "PR:N", "PR:L", "UI:N", "UI:R", "S:U", "S:C", "C:H", "C:L", "C:N", "I:H", "I:L", "I:N", "A:H", "A:L", "A:N"];

    public static string Sentence(Random random, int length, string start)
    {
        var text = new System.Text.StringBuilder(start, length + 16);
        while (text.Length < length)
        {
            text.Append(Words[random.Next(Words.Length)]).Append(' ');
        }

        return text.ToString(0, length).TrimEnd() + ".";
    }

    public static string CvssVector(Random random) =>
        $"CVSS:3.1/{Cvss[random.Next(3)]}/{Cvss[3 + random.Next(2)]}/{Cvss[5 + random.Next(2)]}/{Cvss[7 + random.Next(2)]}/"
        + $"{Cvss[9 + random.Next(2)]}/{Cvss[11 + random.Next(3)]}/{Cvss[14 + random.Next(3)]}/{Cvss[17 + random.Next(3)]}";
}
