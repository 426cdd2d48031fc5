namespace ContainerSecurity.Tests.Rules.Dockerfile.Practices;

[TestClass]
public sealed class TypicalDockerfileTests
{
    private const string DotnetMultiStage = """
        # syntax=docker/dockerfile:1
        ARG DOTNET_VERSION=10.0
        FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
        ARG TARGETARCH
        WORKDIR /src
        COPY *.csproj ./
        RUN dotnet restore -a $TARGETARCH
        COPY . .
        RUN dotnet publish -a $TARGETARCH -c Release -o /app --no-restore

        FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}-noble-chiseled
        WORKDIR /app
        EXPOSE 8080
        ENV ASPNETCORE_HTTP_PORTS=8080
        COPY --from=build /app .
        USER $APP_UID
        HEALTHCHECK NONE
        ENTRYPOINT ["dotnet", "App.dll"]

        """;

    [TestMethod]
    public void A_well_written_dotnet_Dockerfile_gets_no_practice_findings()
    {
        var findings = DockerfileLint.Run(DotnetMultiStage, new() { TrustedRegistries = ["mcr.microsoft.com"] })
            .Where(f => f.Code.StartsWith("CSEC11", StringComparison.Ordinal) || f.Code is "CSEC4001" or "CSEC5001" or "CSEC1000")
            .ToList();
        Assert.IsEmpty(findings, string.Join("\n", findings.Select(f => $"{f.Code} {f.Location?.Line}: {f.Message}")));
    }
}
