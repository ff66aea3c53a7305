#!/bin/sh
# Entry point of the PyGrade image (web app and grading worker).
#
# Per-run cgroups on a cgroup v2 Docker host: the worker runs with a private cgroup namespace (compose: `cgroup:
# private`), so /sys/fs/cgroup shows only the container's own subtree; Docker still mounts it read-only. With
# CAP_SYS_ADMIN (compose gives it to the worker only) this remounts it writable; the grader then moves the container's
# processes into a leaf cgroup (the no-internal-process rule) and enables memory, pids and cpu for its run cgroups.
# The remount is skipped when the namespace is the host's (the whole host tree would become writable), and when it
# fails the grader falls back to rlimits isolation and says why in its log and /api/health.
set -e
private_namespace() { [ "$(cat /proc/self/cgroup 2>/dev/null)" = "0::/" ]; }
read_only_cgroup2() { awk '$5 == "/sys/fs/cgroup" && $0 ~ / - cgroup2 / && $6 ~ /(^|,)ro(,|$)/ {found=1} END {exit !found}' /proc/self/mountinfo; }
if [ "${PYGRADE_CGROUP_REMOUNT:-1}" = 1 ] && private_namespace && read_only_cgroup2; then
  if mount -o remount,rw /sys/fs/cgroup 2>/dev/null; then
    echo "entrypoint: /sys/fs/cgroup remounted writable (private cgroup namespace) for per-run cgroups"
  else
    echo "entrypoint: /sys/fs/cgroup is read-only and could not be remounted (no CAP_SYS_ADMIN): grading uses the rlimits fallback"
  fi
fi
exec "$@"
