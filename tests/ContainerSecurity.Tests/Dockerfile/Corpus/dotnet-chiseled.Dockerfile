# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended;error=true
ARG TARGETARCH

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
ARG TARGETARCH
WORKDIR /source

COPY --link *.csproj .
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet restore -a $TARGETARCH

COPY --link . .
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish -a $TARGETARCH --no-restore -o /app \
        -p:PublishTrimmed=true \
        -p:InvariantGlobalization=true

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled
EXPOSE 8080
WORKDIR /app
COPY --link --from=build --chown=$APP_UID:$APP_UID /app .
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/app/healthcheck", "http://localhost:8080/healthz"]
ENTRYPOINT ["./app"]
