FROM alpine:3.20
MAINTAINER Platform Team <platform@example.com>
LABEL "com.example.vendor"="ACME Incorporated" \
      com.example.label-with-value="foo" \
      version="1.0" \
      description="This text illustrates \
that label-values can span multiple lines."
ENV LEGACY_FORM value with spaces
VOLUME ["/data", "/logs"]
EXPOSE 80/tcp 443 53/udp
ONBUILD COPY . /app/src
ONBUILD RUN /usr/local/bin/build.sh --release
HEALTHCHECK NONE
STOPSIGNAL SIGTERM
WORKDIR /app
