using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Image;

/// <summary>
/// CSEC5006: the base image was built long ago. Maintained base images are rebuilt at least monthly with security
/// fixes; an old one is unmaintained or pinned past its updates. Its age is the newest date in the base's history.
/// </summary>
public sealed class StaleBaseImageRule : IImageRule
{
    public RuleInfo Info { get; } = new("CSEC5006", DiagnosticLevel.Warning, "The base image is older than ContainerSecurityMaxBaseImageAgeDays",
        "Move to a current build of the base image (a newer tag or digest), or to a maintained base; raise ContainerSecurityMaxBaseImageAgeDays if the age is known and accepted.");

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        var config = context.Image.Config;
        var maxDays = context.Policy.MaxBaseImageAgeDays;
        if (maxDays <= 0)
        {
            yield break;
        }
        var built = config.HistoryCreated
            .Where((created, i) => created is not null && !(i < config.HistoryBySdk.Count && config.HistoryBySdk[i]))
            .Max();
        if (built is not { } date)
        {
            yield break;
        }
        var age = (context.Policy.Now ?? DateTimeOffset.UtcNow) - date;
        if (age.TotalDays > maxDays)
        {
            var name = context.BaseImage?.ToString() ?? "The base image";
            yield return new RuleHit($"{name} was built on {date:yyyy-MM-dd}, {age.TotalDays:F0} days ago, more than the {maxDays} days allowed. {Info.Fix}",
                context.Settings.Property("ContainerBaseImage"));
        }
    }
}
