# syntax=docker/dockerfile:1.10
# check=error=true

ARG ALPINE=3.20
FROM alpine:${ALPINE} AS sources
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/app.tar.gz /tmp/
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.16.0 /buildkit
COPY --parents --exclude=*.md ./docs/**/ /out/

FROM alpine:${ALPINE}
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required=true \
    --mount=type=ssh \
    --network=none \
    cat /root/.npmrc >/dev/null
RUN --mount=type=tmpfs,target=/tmp --security=sandbox echo ok
COPY --link --from=sources /out /srv/docs
HEALTHCHECK --interval=1m --timeout=10s --start-period=30s --start-interval=2s --retries=5 CMD ["true"]
CMD echo "done"
