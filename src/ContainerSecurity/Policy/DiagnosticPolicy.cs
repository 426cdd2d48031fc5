using ContainerSecurity.Findings;
using ContainerSecurity.Settings;

namespace ContainerSecurity.Policy;

/// <summary>
/// Applied after the rules, never inside them: suppressions (with expiry), then NoWarn, WarningsNotAsErrors,
/// WarningsAsErrors and TreatWarningsAsErrors, with the meaning MSBuild gives them.
/// </summary>
public sealed class DiagnosticPolicy(PolicySettings settings, SettingLocator locator, DateOnly today)
{
    private readonly CodeSet _noWarn = new(settings.NoWarn);
    private readonly CodeSet _asErrors = new(settings.WarningsAsErrors);
    private readonly CodeSet _notAsErrors = new(settings.WarningsNotAsErrors);
    private readonly HashSet<Suppression> _used = [];

    public IReadOnlyList<Finding> Apply(IEnumerable<Finding> findings)
    {
        var result = new List<Finding>();
        foreach (var finding in findings)
        {
            result.Add(Level(Suppress(finding)));
        }
        result.AddRange(SuppressionFindings().Select(Level));
        return result;
    }

    private Finding Suppress(Finding finding)
    {
        var suppression = settings.Suppressions.FirstOrDefault(s => s.Id.Equals(finding.Code, StringComparison.OrdinalIgnoreCase) || (finding.Vulnerability?.IsNamed(s.Id) ?? false));
        if (suppression is null)
        {
            return finding;
        }
        _used.Add(suppression);
        if (suppression.Until is { } until && until < today)
        {
            return finding;
        }
        var justification = suppression.Justification is { Length: > 0 } j ? $": {j}" : "";
        var expiry = suppression.Until is { } end ? $" (until {end:yyyy-MM-dd})" : "";
        return finding with { SuppressedBy = $"ContainerSecuritySuppress {suppression.Id}{justification}{expiry}" };
    }

    private IEnumerable<Finding> SuppressionFindings()
    {
        foreach (var s in settings.Suppressions)
        {
            var location = locator.Item("ContainerSecuritySuppress", s.Id);
            if (s.Until is { } until && until < today)
            {
                yield return new Finding
                {
                    Code = DiagnosticCodes.SuppressionExpired,
                    Level = DiagnosticLevel.Warning,
                    Message = $"The suppression of {s.Id} expired on {until:yyyy-MM-dd} and no longer applies. Fix the finding, or extend Until with a new justification.",
                    Location = location,
                    HelpLink = DiagnosticCodes.HelpLink(DiagnosticCodes.SuppressionExpired),
                };
            }
            else if (!_used.Contains(s))
            {
                yield return new Finding
                {
                    Code = DiagnosticCodes.SuppressionUnused,
                    Level = DiagnosticLevel.Note,
                    Message = $"The suppression of {s.Id} matched nothing in this scan; remove it if it is no longer needed.",
                    Location = location,
                    HelpLink = DiagnosticCodes.HelpLink(DiagnosticCodes.SuppressionUnused),
                };
            }
        }
    }

    private Finding Level(Finding finding)
    {
        if (finding.SuppressedBy is not null)
        {
            return finding with { Level = DiagnosticLevel.Note };
        }
        if (finding.Level == DiagnosticLevel.Note)
        {
            return finding;
        }
        if (_noWarn.Contains(finding.Code))
        {
            return finding with { Level = DiagnosticLevel.Note, SuppressedBy = "NoWarn" };
        }
        // As in MSBuild: an explicit WarningsAsErrors wins; WarningsNotAsErrors exempts a code from everything else.
        if (_asErrors.Contains(finding.Code))
        {
            return finding with { Level = DiagnosticLevel.Error };
        }
        if (_notAsErrors.Contains(finding.Code))
        {
            return finding with { Level = DiagnosticLevel.Warning };
        }
        return settings.TreatWarningsAsErrors ? finding with { Level = DiagnosticLevel.Error } : finding;
    }
}
