FROM mcr.microsoft.com/dotnet/sdk:10.0-alpine AS build
RUN apk add --no-cache clang build-base zlib-dev
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -r linux-musl-x64 -p:PublishAot=true -o /out

FROM alpine:3.20
RUN apk add --no-cache libstdc++ \
 && addgroup -S app && adduser -S -G app app
COPY --from=build --chown=app:app /out/api /usr/local/bin/api
USER app
ENTRYPOINT ["/usr/local/bin/api"]
