# PyGrade: one image for the web app (`npm start`) and the grading workers (`npm run worker`).
# Debian 12 + Node 24 LTS, with the grading sandbox's needs: bubblewrap, Debian's /usr/bin/python3 (3.11), util-linux.
FROM node:24-bookworm-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends bubblewrap python3 python3-seccomp util-linux ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1

COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --include=dev && npx prisma generate

COPY . .
RUN npm run build

# The grader starts as root inside the container: it creates a cgroup per run and drops learner code to uid 65534
# (setpriv) before bubblewrap. Nothing of the learner's runs as root.
RUN mkdir -p /app/data

EXPOSE 3000
# The sandbox (bubblewrap) needs unprivileged user namespaces inside the container. Docker's default seccomp and
# AppArmor profiles block them: run with `--security-opt seccomp=unconfined --security-opt apparmor=unconfined`
# (or a seccomp profile that allows clone/unshare with CLONE_NEWUSER), or `--privileged` as a last resort, and the
# host must allow them (`sysctl kernel.unprivileged_userns_clone=1` on Debian,
# `kernel.apparmor_restrict_unprivileged_userns=0` on Ubuntu 24.04). Without them grading refuses to run
# (submissions end as `error` with a message), it never runs learner code unsandboxed.
CMD ["npm", "start"]
