using ContainerSecurity.Findings;

namespace ContainerSecurity.Delivery;

/// <summary>The scanned image could not be delivered; reported as CSEC9004 (or CSEC9003 for an unreachable daemon).</summary>
public sealed class DeliveryException(string code, string message, Exception? inner = null) : CodedException(code, message, inner);
