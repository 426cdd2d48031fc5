using ContainerSecurity.Findings;

namespace ContainerSecurity.Delivery;

public sealed record DeliveryResult
{
    public IReadOnlyList<DeliveredImage> Delivered { get; init; } = [];
    public IReadOnlyList<Finding> Findings { get; init; } = [];
}
