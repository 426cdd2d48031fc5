namespace ContainerSecurity.Rules;

/// <summary>A check over one built image.</summary>
public interface IImageRule
{
    RuleInfo Info { get; }

    IEnumerable<RuleHit> Check(ImageContext context);
}
