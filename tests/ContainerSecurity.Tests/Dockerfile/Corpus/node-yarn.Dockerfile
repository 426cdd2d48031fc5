FROM node:20-alpine
LABEL org.opencontainers.image.source="https://github.com/example/web" \
      org.opencontainers.image.description="Web front end"
RUN apk add --no-cache tini=0.19.0-r3 \
    && corepack enable
WORKDIR /usr/src/app
COPY package.json yarn.lock .yarnrc.yml ./
RUN yarn install --frozen-lockfile --network-timeout 100000 \
    && yarn cache clean
COPY --chown=node:node . .
USER node
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["node", "index.js"]
