using ContainerSecurity.Findings;
using ContainerSecurity.Rules;
using ContainerSecurity.Settings;

namespace ContainerSecurity.Policy;

/// <summary>
/// Applied after the rules, never inside them: suppressions (with expiry), the analysis level, then NoWarn,
/// WarningsNotAsErrors, WarningsAsErrors and TreatWarningsAsErrors, with the meaning MSBuild gives them.
/// </summary>
/// <param name="rules">The rule set the analysis level applies to; the registry's rules when null.</param>
public sealed class DiagnosticPolicy(PolicySettings settings, SettingLocator locator, DateOnly today, IEnumerable<RuleInfo>? rules = null)
{
    private readonly bool _analysisLevelValid = AnalysisLevel.TryParse(settings.AnalysisLevel, out _);
    // An invalid level is reported (CSEC9006) and read as the baseline, so it can only make fewer errors.
    private readonly AnalysisLevelPolicy _analysisLevel = new(
        AnalysisLevel.TryParse(settings.AnalysisLevel, out var level) ? level : AnalysisLevel.Baseline, rules ?? RuleRegistry.All);
    private readonly CodeSet _noWarn = new(settings.NoWarn);
    private readonly CodeSet _asErrors = new(settings.WarningsAsErrors);
    private readonly CodeSet _notAsErrors = new(settings.WarningsNotAsErrors);
    private readonly HashSet<Suppression> _used = [];

    public IReadOnlyList<Finding> Apply(IEnumerable<Finding> findings)
    {
        var result = new List<Finding>();
        if (InvalidAnalysisLevel() is { } invalid)
        {
            result.Add(Level(invalid));
        }
        foreach (var finding in findings)
        {
            result.Add(Level(_analysisLevel.Apply(Suppress(finding))));
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
        if (finding.SuppressedBy is not null)
        {
            return finding; // a VEX statement already suppressed it; the item is still in use
        }
        if (suppression.Until is { } until && until < today)
        {
            return finding;
        }
        var justification = suppression.Justification is { Length: > 0 } j ? $": {j}" : "";
        var expiry = suppression.Until is { } end ? $" (until {end:yyyy-MM-dd})" : "";
        return finding with { SuppressedBy = $"ContainerSecuritySuppress {suppression.Id}{justification}{expiry}", Suppression = suppression };
    }

    private Finding? InvalidAnalysisLevel() => _analysisLevelValid ? null : new Finding
    {
        Code = DiagnosticCodes.BadRequest,
        Level = DiagnosticLevel.Error,
        Message = $"{AnalysisLevel.PropertyName}='{settings.AnalysisLevel}' is not an analysis level. Use {AnalysisLevel.AcceptedValues}.",
        Location = locator.Property(AnalysisLevel.PropertyName),
        HelpLink = DiagnosticCodes.HelpLink(DiagnosticCodes.BadRequest),
    };

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
