# syntax=docker/dockerfile:1
# Build stage: production dependencies only (tsx runs the TypeScript sources; no build step).
# Node 24 is the current LTS (Node 20 reached end of life on 30 April 2026); pinned to a patch
# release so a rebuild gets the same runtime. The code also runs on Node 20 (CI runs both).
FROM node:24.21.0-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# Runtime stage: no .env, no data folder, non-root. (flock, which locks the PGlite data folder, comes
# with util-linux, part of every Debian image.)
FROM node:24.21.0-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY locales ./locales
COPY migrations ./migrations
# The dashboard's page (WEBAPP_URL): its HTML, CSS and the committed bundle; not its sources.
COPY webapp/index.html webapp/app.css ./webapp/
COPY webapp/dist ./webapp/dist
RUN mkdir -p /data && chown node:node /data && chmod 700 /data
USER node
# The embedded database lives here when DATABASE_URL is not set: mount a volume.
VOLUME ["/data"]
# 8080 (HTTP_PORT): the public listener: the webhook (webhook mode) and the dashboard (WEBAPP_URL). GET /healthz and /metrics are
# on OPS_HOST:OPS_PORT (127.0.0.1:8090 by default; set OPS_HOST to an internal address to scrape).
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.OPS_PORT || 8090) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# umask 077: the data folder, the database files and backups written in the container are the node
# user's alone (exec keeps node as the process that receives SIGTERM).
CMD ["sh", "-c", "umask 077 && exec node --import tsx src/main.ts"]
