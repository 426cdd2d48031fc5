namespace ContainerSecurity.Delivery;

/// <summary>Where an image went and under which digest.</summary>
public sealed record DeliveredImage(string Reference, string Digest);
