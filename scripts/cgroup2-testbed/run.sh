#!/usr/bin/env bash
# `npm run test:cgroup2`: boots a real cgroup v2 kernel (Debian 12's own, `cgroup_no_v1=all`) under qemu and runs
# the grader's containment suite (attacks, tamper cases, limits, install path) inside it: against the cgroup v2
# driver in a delegated service cgroup (as systemd's Delegate=yes gives), in a container-like private cgroup
# namespace, and against the no-cgroup fallback (GRADER_ISOLATION=rlimits); then the doctor, and the diagnostics
# for a read-only and a non-delegated tree. The guest's root image is cached (build-guest.sh); qemu runs under TCG,
# so the suite asserts on counters, never on time.
# Needs root, qemu-system-x86, debootstrap and e2fsprogs (apt-get install qemu-system-x86 debootstrap e2fsprogs).
# Variables: TESTBED_CACHE (default .cache/cgroup2-testbed), TESTBED_MEMORY_MB (1024), TESTBED_CPUS (2),
# TESTBED_TIMEOUT (1500 s), TESTBED_MIRROR (default: the Debian mirror apt uses).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/scripts/cgroup2-testbed
cache=${TESTBED_CACHE:-$root/.cache/cgroup2-testbed}
memory=${TESTBED_MEMORY_MB:-1024}
cpus=${TESTBED_CPUS:-2}
limit=${TESTBED_TIMEOUT:-1500}

[ "$(id -u)" = 0 ] || { echo "test:cgroup2 needs root (debootstrap, and the grader's own root inside the guest)" >&2; exit 2; }
for tool in qemu-system-x86_64 debootstrap mke2fs; do
  command -v "$tool" >/dev/null || { echo "test:cgroup2 needs $tool: apt-get install qemu-system-x86 debootstrap e2fsprogs" >&2; exit 2; }
done

started=$(date +%s)
# The build prints the folder as its last line (tools it runs may print too).
guest=$(bash "$here/build-guest.sh" "$cache" | tail -n 1)
echo "test:cgroup2: guest image ready in $(( $(date +%s) - started )) s ($guest)"

share=$(mktemp -d)
trap 'rm -rf "$share"' EXIT
mkdir -p "$share/app/tests/grader" "$share/out"
cp -r "$root/grader" "$share/app/grader"
cp -r "$root/tests/grader/fixtures" "$share/app/tests/grader/fixtures"
find "$share/app" -name __pycache__ -prune -exec rm -rf {} +
cp "$here/guest-suite.sh" "$share/run.sh"

append="console=ttyS0 root=/dev/vda ro rootfstype=ext4 init=/guest-init.sh panic=-1 quiet cgroup_no_v1=all"
booted=$(date +%s)
set +e
timeout -s KILL "$limit" qemu-system-x86_64 -accel tcg,thread=multi -m "$memory" -smp "$cpus" \
  -nodefaults -display none -serial stdio -nic none -no-reboot \
  -kernel "$guest/vmlinuz" -initrd "$guest/initrd.img" -append "$append" \
  -drive "file=$guest/rootfs.ext4,format=raw,if=virtio,readonly=on" \
  -virtfs "local,path=$share,mount_tag=share,security_model=none,id=share" </dev/null >"$share/console.log" 2>&1
qemu_status=$?
set -e
grep -a '^TESTBED' "$share/console.log" || true
echo "test:cgroup2: qemu ran $(( $(date +%s) - booted )) s (exit $qemu_status)"
if [ ! -s "$share/out/summary" ]; then
  echo "test:cgroup2: the guest wrote no summary; its console:" >&2
  tail -40 "$share/console.log" >&2
  exit 1
fi
for log in "$share"/out/*.log; do
  echo
  echo "----- $(basename "$log" .log)"
  cat "$log"
done
echo
echo "===== test:cgroup2 summary"
cat "$share/out/summary"
! grep -q FAIL "$share/out/summary"
