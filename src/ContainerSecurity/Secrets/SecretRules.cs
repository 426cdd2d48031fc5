using System.Text.RegularExpressions;

namespace ContainerSecurity.Secrets;

/// <summary>The secret kinds the scanner knows, modelled on the token formats their issuers document.</summary>
public static class SecretRules
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    public static IReadOnlyList<SecretRule> All { get; } =
    [
        new("private-key", "private key", new(@"-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s]*(?<secret>[A-Za-z0-9+/=\s]{32,}?)-----END", Options), ["PRIVATE KEY"]),
        new("aws-access-key-id", "AWS access key id", new(@"\b(?<secret>(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16})\b", Options), ["AKIA", "ASIA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA"]),
        new("aws-secret-access-key", "AWS secret access key", new(@"(?i)aws_?secret_?access_?key[""']?\s*[:=]\s*[""']?(?<secret>[A-Za-z0-9/+=]{40})\b", Options), ["secret_access_key", "SecretAccessKey", "SECRET_ACCESS_KEY", "secretaccesskey"]),
        new("github-token", "GitHub token", new(@"\b(?<secret>(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b", Options), ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"]),
        new("gitlab-token", "GitLab personal access token", new(@"\b(?<secret>glpat-[A-Za-z0-9_-]{20})\b", Options), ["glpat-"]),
        new("nuget-api-key", "NuGet API key", new(@"\b(?<secret>oy2[a-z0-9]{43})\b", Options), ["oy2"]),
        new("npm-token", "npm access token", new(@"\b(?<secret>npm_[A-Za-z0-9]{36})\b", Options), ["npm_"]),
        new("npmrc-auth", "npm registry credential", new(@"(?m)_(?:authToken|auth|password)\s*=\s*(?<secret>[^\s$][^\s]{7,})", Options), ["_authToken", "_auth", "_password"]) { IsGeneric = true },
        new("slack-token", "Slack token", new(@"\b(?<secret>xox[baprs]-[0-9A-Za-z-]{10,72})\b", Options), ["xox"]),
        new("azure-storage-key", "Azure storage account key", new(@"(?i)AccountKey\s*=\s*(?<secret>[A-Za-z0-9+/]{86}==)", Options), ["AccountKey", "accountkey"]),
        new("azure-sas-token", "Azure shared access signature", new(@"(?i)[?&;]sig=(?<secret>[A-Za-z0-9%+/]{43,}(?:%3D|=))", Options), ["sig="]),
        new("azure-service-bus-key", "Azure shared access key", new(@"(?i)SharedAccessKey\s*=\s*(?<secret>[A-Za-z0-9+/]{43}=)", Options), ["SharedAccessKey", "sharedaccesskey"]),
        new("gcp-service-account", "GCP service account key", new(@"""type""\s*:\s*""service_account""[\s\S]{0,2000}?""private_key""\s*:\s*""(?<secret>-----BEGIN[^""]{20,})""", Options), ["service_account"]),
        new("connection-string-password", "password in a connection string", new(@"(?i)(?:^|[;""'\s])(?:password|pwd)\s*=\s*(?<secret>[^;""'\s$][^;""'\s]{3,})", Options), ["assword", "pwd=", "PWD=", "Pwd="]) { IsGeneric = true },
        new("json-password", "password in a settings file", new(@"(?i)""[a-z0-9_.-]*(?:password|passwd|secret|apikey|api_key)""\s*:\s*""(?<secret>[^""\s$][^""]{5,})""", Options), ["assword", "asswd", "ecret", "pikey", "pi_key"]) { IsGeneric = true },
        // Keys that merely end in "token" often name a field ("input_token": "nextToken"): a token value is long and has digits.
        new("json-token", "token in a settings file", new(@"(?i)""[a-z0-9_.-]*token""\s*:\s*""(?:Bearer\s+)?(?<secret>(?=[^""]*[0-9])[A-Za-z0-9+/=_.~?&%:-]{20,})""", Options), ["oken"]) { IsGeneric = true },
        new("docker-config-auth", "registry credential in a docker config", new(@"""auth""\s*:\s*""(?<secret>[A-Za-z0-9+/]{12,}={0,2})""", Options), ["\"auth\""]) { IsGeneric = true },
        new("url-credentials", "credentials in a URL", new(@"\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@""']{1,64}:(?<secret>[^\s:/@""']{3,64})@[a-z0-9.-]+", Options), ["://"]) { IsGeneric = true },
    ];
}
