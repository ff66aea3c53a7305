#!/bin/sh
# Runs inside the cgroup v2 guest as PID 1's child (see run.sh): each scenario's log goes to /mnt/out/<name>.log and
# one PASS/FAIL line to /mnt/out/summary.
cd /mnt/app
export PYTHONDONTWRITEBYTECODE=1 PATH=/usr/sbin:/usr/bin:/sbin:/bin
out=/mnt/out
: > $out/summary
echo "kernel $(uname -r); $(cat /proc/cmdline | tr ' ' '\n' | grep cgroup); controllers: $(cat /sys/fs/cgroup/cgroup.controllers)" > $out/guest.log

scenario() {  # scenario <name> <expected text in the log> <command...>
  name=$1; expect=$2; shift 2
  echo "TESTBED: $name ..."
  start=$(cut -d' ' -f1 /proc/uptime)
  "$@" > $out/$name.log 2>&1
  status=$?
  took=$(awk -v a="$start" -v b="$(cut -d' ' -f1 /proc/uptime)" 'BEGIN{printf "%.0f", b-a}')
  if [ $status -eq 0 ] && grep -q "$expect" $out/$name.log; then verdict=PASS; else verdict=FAIL; fi
  echo "$name $verdict (exit $status, ${took} s guest time)" >> $out/summary
  echo "TESTBED: $name $verdict (exit $status, ${took} s)"
}

# A systemd-like service cgroup with the controllers delegated (Delegate=yes): the grader must move itself into
# a leaf before it can enable controllers for its run cgroups.
echo "+memory +pids +cpu" > /sys/fs/cgroup/cgroup.subtree_control
# Each scenario gets a fresh service cgroup, as systemd gives a (re)started service.
mkdir -p /sys/fs/cgroup/pygrade-doctor.service /sys/fs/cgroup/pygrade.service
scenario doctor-v2 "isolation in force: cgroup-v2" sh -c \
  'echo $$ > /sys/fs/cgroup/pygrade-doctor.service/cgroup.procs && python3 -m grader.doctor'
scenario containment-v2-service-fork "isolation cgroup-v2, driver fork" sh -c \
  'echo $$ > /sys/fs/cgroup/pygrade.service/cgroup.procs && GRADER_ISOLATION=cgroup GRADER_DRIVER=fork python3 -m unittest -v grader.tests.test_containment'
mkdir -p /sys/fs/cgroup/pygrade-bwrap.service
scenario containment-v2-service-bwrap "isolation cgroup-v2, driver bwrap" sh -c \
  'echo $$ > /sys/fs/cgroup/pygrade-bwrap.service/cgroup.procs && GRADER_ISOLATION=cgroup GRADER_DRIVER=bwrap python3 -m unittest -v grader.tests.test_containment'
echo "service cgroup after: $(ls /sys/fs/cgroup/pygrade.service | grep -c '^grader-') run cgroups left, supervisor holds $(wc -l < /sys/fs/cgroup/pygrade.service/supervisor/cgroup.procs) processes" >> $out/guest.log

# A container's view: a private cgroup namespace whose root is an ordinary (non-root) cgroup, cgroupfs mounted
# writable inside it. The grader must evacuate the namespace root's processes into a leaf, as Docker-in-Docker does.
mkdir -p /sys/fs/cgroup/container
scenario containment-v2-container "isolation cgroup-v2, driver fork" sh -c '
  echo $$ > /sys/fs/cgroup/container/cgroup.procs &&
  exec unshare --cgroup --mount sh -c "umount /sys/fs/cgroup && mount -t cgroup2 cgroup2 /sys/fs/cgroup &&
    cat /proc/self/cgroup && GRADER_ISOLATION=cgroup python3 -m unittest -v grader.tests.test_containment"'

scenario containment-rlimits-fork "isolation rlimits, driver fork" sh -c \
  'GRADER_ISOLATION=rlimits GRADER_DRIVER=fork python3 -m unittest -v grader.tests.test_containment'
scenario containment-rlimits-bwrap "isolation rlimits, driver bwrap" sh -c \
  'GRADER_ISOLATION=rlimits GRADER_DRIVER=bwrap python3 -m unittest -v grader.tests.test_containment'

# Not root: rootless bubblewrap (unprivileged user namespaces), one uid for everything, no cgroup of its own.
scenario containment-rootless "isolation rlimits, driver bwrap" sh -c '
  chmod 755 /mnt /mnt/app && exec setpriv --reuid 1000 --regid 1000 --clear-groups env HOME=/tmp \
    GRADER_ISOLATION=rlimits python3 -m unittest -v grader.tests.test_containment'

# What the doctor says where cgroups cannot be used, and that auto then falls back (and cgroup refuses).
mkdir -p /sys/fs/cgroup/readonly
scenario diagnose-read-only "mounted read-only" sh -c '
  echo $$ > /sys/fs/cgroup/readonly/cgroup.procs &&
  exec unshare --cgroup --mount sh -c "umount /sys/fs/cgroup && mount -t cgroup2 -o ro cgroup2 /sys/fs/cgroup &&
    python3 -m grader.doctor; GRADER_ISOLATION=cgroup python3 -m grader.doctor; test \$? -ne 0"'
mkdir -p /sys/fs/cgroup/user.slice
chown 1000:1000 /sys/fs/cgroup/user.slice
scenario diagnose-not-delegated "not delegated" sh -c '
  echo $$ > /sys/fs/cgroup/user.slice/cgroup.procs &&
  chmod 755 /mnt /mnt/app && exec setpriv --reuid 1000 --regid 1000 --clear-groups sh -c "python3 -m grader.doctor"'
