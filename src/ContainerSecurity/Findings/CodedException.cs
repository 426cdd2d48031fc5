namespace ContainerSecurity.Findings;

/// <summary>An expected failure that is reported as the given CSEC9xxx code, never as a stack trace.</summary>
public class CodedException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
