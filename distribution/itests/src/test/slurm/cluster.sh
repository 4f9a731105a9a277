#!/usr/bin/env bash
# A real single-node SLURM cluster for SlurmSweepIT: cluster.sh start|stop DIR.
# Needs root and the Debian packages munge slurmctld slurmd slurm-client. start writes
# /etc/slurm/slurm.conf (refusing to replace one it did not write), keeps every state, spool, pid
# and log file under DIR, starts munged (unless one answers), slurmctld and slurmd, and waits until
# the node is idle; stop cancels every job and stops the daemons start started.
# Exit codes: 0 done, 1 failed (one line on stderr), 2 wrong call, 3 cannot run here (not root,
# packages missing, a slurm.conf of someone else).
set -euo pipefail

usage() {
  echo "usage: cluster.sh start|stop DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
action="$1"
dir="$(mkdir -p "$2" && cd "$2" && pwd)"
conf=/etc/slurm/slurm.conf
marker="# written by sorn itests cluster.sh"
node="$(hostname -s)"

fail() {
  echo "cluster.sh: $*" >&2
  exit 1
}

# a daemon's pid from its pid file, when that process still runs
running_pid() {
  local pid
  [ -f "$1" ] || return 1
  pid="$(cat "$1")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

stop_daemon() {
  local pid
  if pid="$(running_pid "$1")"; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || return 0
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

check_here() {
  [ "$(id -u)" = 0 ] || { echo "cluster.sh: needs root (it starts munged, slurmctld and slurmd)" >&2; exit 3; }
  local missing=()
  for tool in munged munge unmunge slurmctld slurmd sbatch squeue scontrol sinfo scancel; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "cluster.sh: ${missing[*]} not found; apt-get install --no-install-recommends munge slurmctld slurmd slurm-client" >&2
    exit 3
  fi
  if [ -f "$conf" ] && ! grep -qF "$marker" "$conf"; then
    echo "cluster.sh: $conf exists and was not written by this script; not replacing a real cluster's configuration" >&2
    exit 3
  fi
}

start_munge() {
  # an answering munged (ours from an earlier start, or the machine's) is used as it is
  if munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    return
  fi
  install -d -o munge -g munge -m 0755 /run/munge
  if [ ! -s /etc/munge/munge.key ]; then
    mungekey --create --keyfile=/etc/munge/munge.key >/dev/null
  fi
  # munged refuses a key that others could read
  chown munge:munge /etc/munge/munge.key
  chmod 0400 /etc/munge/munge.key
  runuser -u munge -- munged --pid-file=/run/munge/munged.pid >/dev/null
  touch "$dir/munged.started"
  for _ in $(seq 50); do
    munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && return
    sleep 0.1
  done
  fail "munged does not answer (munge -n | unmunge)"
}

write_conf() {
  local cpus memory
  cpus="$(slurmd -C | sed -n 's/.*CPUs=\([0-9]*\).*/\1/p' | head -n 1)"
  memory="$(slurmd -C | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' | head -n 1)"
  [ -n "$cpus" ] && [ -n "$memory" ] || fail "slurmd -C gave no CPUs= or RealMemory="
  # more memory than the node has puts it in state inval
  memory=$((memory > 1024 ? memory - 512 : memory))
  mkdir -p "$dir/state" "$dir/spool" /etc/slurm
  cat >"$conf" <<CONF
$marker (state in $dir)
ClusterName=local
SlurmctldHost=$node(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
MinJobAge=300
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
}

node_state() {
  sinfo -h -n "$node" -o %T 2>/dev/null | head -n 1
}

start() {
  check_here
  start_munge
  write_conf
  running_pid "$dir/slurmctld.pid" >/dev/null || slurmctld || fail "slurmctld did not start; see $dir/slurmctld.log"
  running_pid "$dir/slurmd.pid" >/dev/null || slurmd || fail "slurmd did not start; see $dir/slurmd.log"
  local state=""
  for _ in $(seq 600); do
    state="$(node_state)"
    case "$state" in
      idle) return 0 ;;
      # a drained or invalid node from an earlier start stays so until resumed
      drain* | drained | inval* | down*) scontrol update nodename="$node" state=resume >/dev/null 2>&1 || true ;;
    esac
    sleep 0.1
  done
  fail "node $node is '$state', not idle, after 60 s; see $dir/slurmctld.log and $dir/slurmd.log"
}

stop() {
  if command -v scancel >/dev/null 2>&1 && running_pid "$dir/slurmctld.pid" >/dev/null; then
    local jobs
    jobs="$(squeue -h -o %A 2>/dev/null | sort -u | tr '\n' ' ')"
    # slurmd leaves running jobs alive when it is killed: cancel them first
    if [ -n "${jobs// /}" ]; then
      # shellcheck disable=SC2086 # one job id per word
      scancel $jobs 2>/dev/null || true
      for _ in $(seq 100); do
        [ -z "$(squeue -h -o %A 2>/dev/null)" ] && break
        sleep 0.1
      done
    fi
  fi
  stop_daemon "$dir/slurmd.pid"
  stop_daemon "$dir/slurmctld.pid"
  if [ -f "$dir/munged.started" ]; then
    stop_daemon /run/munge/munged.pid
    rm -f "$dir/munged.started"
  fi
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
