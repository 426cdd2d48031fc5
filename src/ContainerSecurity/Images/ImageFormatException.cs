namespace ContainerSecurity.Images;

/// <summary>The image bytes are not a readable image: reported as CSEC9001, never as a stack trace.</summary>
public sealed class ImageFormatException(string message, Exception? inner = null) : Exception(message, inner);
