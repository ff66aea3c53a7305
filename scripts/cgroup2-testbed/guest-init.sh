#!/bin/sh
# PID 1 of the cgroup v2 test-bed guest: mount the basics and the 9p share, run the share's run.sh, power off.
# PID 1 must never exit (the kernel would panic), so it ends by asking the kernel to power off.
PATH=/usr/sbin:/usr/bin:/sbin:/bin
export PATH
mountpoint -q /proc || mount -t proc proc /proc
mountpoint -q /sys || mount -t sysfs sysfs /sys
mountpoint -q /dev || mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts /dev/shm
mountpoint -q /dev/pts || mount -t devpts devpts /dev/pts
mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -t tmpfs -o mode=755 tmpfs /run
mountpoint -q /sys/fs/cgroup || mount -t cgroup2 cgroup2 /sys/fs/cgroup
modprobe -a 9pnet_virtio 9p >/dev/null 2>&1
if mount -t 9p -o trans=virtio,version=9p2000.L,msize=512000 share /mnt; then
  echo "TESTBED: guest up after $(cut -d' ' -f1 /proc/uptime) s"
  sh /mnt/run.sh
  echo "TESTBED: guest done (exit $?) after $(cut -d' ' -f1 /proc/uptime) s"
else
  echo "TESTBED: the 9p share could not be mounted"
fi
sync
umount /mnt 2>/dev/null
echo o > /proc/sysrq-trigger
sleep 60
