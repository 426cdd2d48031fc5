namespace ContainerSecurity.Vex;

/// <summary>A VEX document that cannot be used: what is wrong, and the line when the JSON parser knows it.</summary>
public sealed class VexFormatException(string message, int line = 0) : Exception(message)
{
    public int Line { get; } = line;
}
