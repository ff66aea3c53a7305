#!/usr/bin/env bash
# Builds (or reuses) the cgroup v2 test-bed guest: a Debian 12 minbase root on an ext4 image, Debian's own kernel and
# a small initrd. The result is cached under $CACHE/<key>/, keyed by the package list and the guest's init script,
# so a second run only boots. Needs root, debootstrap and e2fsprogs; touches nothing outside $CACHE.
#   build-guest.sh <cache-dir>      prints the folder holding vmlinuz, initrd.img and rootfs.ext4
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${1:?usage: build-guest.sh <cache-dir>}
suite=bookworm
packages=python3,bubblewrap,util-linux,python3-seccomp,procps,kmod,linux-image-amd64
key=$( (echo "$suite $packages"; cat "$here/guest-init.sh") | sha256sum | cut -c1-16)
out=$cache/$key
if [ -s "$out/rootfs.ext4" ] && [ -s "$out/vmlinuz" ] && [ -s "$out/initrd.img" ]; then
  echo "$out"
  exit 0
fi
mirror=${TESTBED_MIRROR:-$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' | awk -v s="$suite" '$2==s {print $1; exit}')}
[ -n "$mirror" ] || { echo "build-guest: no apt mirror for $suite is configured; set TESTBED_MIRROR" >&2; exit 1; }
mkdir -p "$cache"
work=$(mktemp -d "$cache/build.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "build-guest: debootstrap $suite ($packages) from $mirror" >&2
debootstrap --variant=minbase --include="$packages" "$suite" "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 ||
  { tail -20 "$work/debootstrap.log" >&2; exit 1; }
rootfs=$work/rootfs
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* \
  "$rootfs"/usr/share/man/*
kernel=$(ls "$rootfs/lib/modules" | sort -V | tail -1)
install -m 755 "$here/guest-init.sh" "$rootfs/guest-init.sh"
# Debian's initrd carries most modules (35 MB, ~2 s more to boot under TCG); the root needs only these three.
chroot "$rootfs" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin sh -c "
  cp -r /etc/initramfs-tools /tmp/ird &&
  sed -i 's/^MODULES=.*/MODULES=list/' /tmp/ird/initramfs.conf &&
  printf 'virtio_pci\nvirtio_blk\next4\n' >> /tmp/ird/modules &&
  mkinitramfs -d /tmp/ird -o /tmp/initrd.small $kernel" 2>&1 | grep -v 'No zstd' >&2 || true
mkdir -p "$work/out"
mv "$rootfs/tmp/initrd.small" "$work/out/initrd.img"
rm -rf "$rootfs/tmp/ird"
cp "$rootfs/boot/vmlinuz-$kernel" "$work/out/vmlinuz"
size_mb=$(( $(du -sm "$rootfs" | cut -f1) * 13 / 10 + 64 ))
mke2fs -q -t ext4 -L testbed -d "$rootfs" "$work/out/rootfs.ext4" "${size_mb}M" >&2
rm -rf "$out"
mv "$work/out" "$out"
echo "$out"
