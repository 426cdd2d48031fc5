# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS base

RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends python3 ca-certificates
rm -rf /var/lib/apt/lists/*
EOF

RUN <<-'SCRIPT' bash
	set -euo pipefail
	echo "no $EXPANSION here"
	SCRIPT

COPY <<config.json <<motd /etc/app/
{
  "listen": ":8080",
  "log": "info"
}
config.json
Welcome to the app container
motd

RUN python3 <<PY
print("hello from python")
PY

RUN cat <<EOF > /usr/local/bin/start && chmod +x /usr/local/bin/start
#!/bin/sh
exec /usr/bin/python3 -m http.server 8080
EOF

FROM base
ONBUILD RUN <<EOF
echo "building a child image"
EOF
CMD ["/usr/local/bin/start"]
