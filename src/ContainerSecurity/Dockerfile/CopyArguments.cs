namespace ContainerSecurity.Dockerfile;

/// <summary>The sources and destination of COPY or ADD, flags excluded, in shell or JSON form.</summary>
/// <remarks>With fewer than two arguments there is no destination: <see cref="Target"/> is null and the one word, if any, is the source.</remarks>
public sealed record CopyArguments(IReadOnlyList<string> Sources, string? Target)
{
    public static CopyArguments Of(Instruction instruction)
    {
        var words = instruction.IsJsonForm ? instruction.JsonArguments : instruction.Words;
        return words.Count < 2 ? new CopyArguments(words, null) : new CopyArguments(words.Take(words.Count - 1).ToList(), words[^1]);
    }
}
