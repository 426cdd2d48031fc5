FROM debian:bookworm-slim

# hadolint ignore=DL3008
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        ca-certificates \
        curl \
        gnupg \
    # keys for the vendor repository
    && curl -fsSL https://download.example.com/key.gpg | gpg --dearmor -o /usr/share/keyrings/example.gpg \
    && echo "deb [signed-by=/usr/share/keyrings/example.gpg] https://download.example.com/debian bookworm main" \
        > /etc/apt/sources.list.d/example.list \
    && apt-get update && apt-get install -y --no-install-recommends example-agent=2.4.1-1 \
    && rm -rf /var/lib/apt/lists/*

SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN wget -qO- https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin
CMD ["example-agent", "--foreground"]
