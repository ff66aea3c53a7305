# PyGrade: one image for the web app (`npm start`) and the grading workers (`npm run worker`).
# Debian 12 + Node 24 LTS, with the grading sandbox's needs: bubblewrap, Debian's /usr/bin/python3 (3.11), util-linux.
# BASE_IMAGE may name any Debian 12 image with Node 24 at /usr/local/bin/node (for example one built offline).
ARG BASE_IMAGE=node:24-bookworm-slim
FROM ${BASE_IMAGE}

RUN apt-get update \
 && apt-get install -y --no-install-recommends bubblewrap python3 python3-seccomp util-linux ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1

COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY scripts/require-supported-node.cjs ./scripts/
RUN npm ci --include=dev && npx prisma generate

COPY . .
RUN npm run build

# The grader starts as root inside the container: it creates a cgroup per run (cgroup v1 or v2) or, where the
# container gets none, uses the rlimits fallback, and drops learner code to an unprivileged uid of its grading slot
# (setpriv) before bubblewrap. Nothing of the learner's runs as root.
RUN mkdir -p /app/data

EXPOSE 3000
# What each grading setup needs from the container runtime (the README's "Containers that grade" has the table):
# - bubblewrap needs unprivileged user namespaces: Docker's default seccomp and AppArmor profiles block them, so the
#   worker runs with `--security-opt seccomp=unconfined --security-opt apparmor=unconfined`, and the host must allow
#   them (`kernel.unprivileged_userns_clone=1` on Debian, `kernel.apparmor_restrict_unprivileged_userns=0` on
#   Ubuntu 24.04+).
# - per-run cgroups on a cgroup v2 host: `--cgroupns=private --cap-add SYS_ADMIN` (the entrypoint remounts the
#   container's own cgroup tree writable); without them the worker grades with the rlimits fallback and says so.
ENTRYPOINT ["/app/deploy/docker-entrypoint.sh"]
CMD ["npm", "start"]
