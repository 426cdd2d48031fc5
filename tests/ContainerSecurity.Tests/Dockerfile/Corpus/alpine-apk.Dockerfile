FROM alpine:3.20
ARG USER=svc
RUN set -eux; \
    apk add --no-cache \
        ca-certificates \
        curl=8.9.1-r1 \
        jq; \
    apk add --no-cache --virtual .build-deps gcc musl-dev; \
    update-ca-certificates; \
    apk del .build-deps; \
    adduser -D -H -u 10001 "$USER"
COPY --chmod=0755 entrypoint.sh /usr/local/bin/
USER ${USER}
ENTRYPOINT ["entrypoint.sh"]
