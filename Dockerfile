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
RUN mkdir -p /data && chown node:node /data
USER node
# The embedded database lives here when DATABASE_URL is not set: mount a volume.
VOLUME ["/data"]
# HTTP_PORT: GET /healthz and /metrics in both modes, and the webhook in webhook mode.
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.WEBHOOK_PORT || process.env.HTTP_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1's child-free process, so SIGTERM reaches the graceful shutdown directly.
CMD ["node", "--import", "tsx", "src/main.ts"]
