#!/usr/bin/env bash
# End-to-end throughput of `missionx extract` on a synthetic corpus.
#
#   bench/run.sh                     # N = 5000 and 100000, 3 runs each
#   bench/run.sh -n "5000 500000" -r 5 -j 2
#   bench/run.sh -n 20000 --jsonl    # the corpus as one JSONL file instead of files
#
# For each N it generates N documents with cmd/mxgen (seed 1, 1-3 KB, mean
# ~2.2 KB, 25% HTML; cached under $BENCH_DIR), then runs, R times,
#
#   missionx extract -o OUT.jsonl CORPUS      (default mode: full extraction,
#                                              schema validation of every record)
#
# under /usr/bin/time -v, and prints per run: wall seconds (from `date
# +%s.%N` around the run), documents/s, input MB/s (raw bytes of the corpus /
# wall time), peak RSS (time -v "Maximum resident set size"), user+sys CPU
# seconds, documents per CPU second (less sensitive to other load than
# docs/s: on an idle machine with C cores docs/s approaches C times it), and
# the 1-minute load average just before the run (the machine is shared; a
# high load makes docs/s pessimistic). The last line per N is the median of
# each column over the runs. The output is checked once: one document record
# per input document, and `missionx validate` on it when N <= 20000.
set -euo pipefail

ns="5000 100000"
runs=3
jobs=""
jsonl=0
while [ $# -gt 0 ]; do
  case "$1" in
    -n) ns="$2"; shift 2 ;;
    -r) runs="$2"; shift 2 ;;
    -j) jobs="$2"; shift 2 ;;
    --jsonl) jsonl=1; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${BENCH_DIR:-/tmp/missionx-bench}"
mkdir -p "$dir"
[ -x /usr/bin/time ] || { echo "bench/run.sh: needs /usr/bin/time (GNU time) for peak RSS" >&2; exit 2; }

(cd "$root" && go build -o "$dir/missionx" ./cmd/missionx && go build -o "$dir/mxgen" ./cmd/mxgen)
mx="$dir/missionx"
jflag=()
[ -n "$jobs" ] && jflag=(-j "$jobs")

echo "# machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(go version | cut -d' ' -f3); commit $(cd "$root" && git rev-parse --short HEAD)$(cd "$root" && git diff --quiet HEAD -- . || echo '+dirty')"
echo "# command: missionx extract ${jflag[*]} -o OUT.jsonl CORPUS   (runs: $runs)"
# The fixed cost of a process (package init, tables built on first use),
# which every run pays once: a one-sentence document, median of 5.
one="$dir/startup.txt"
echo "Japan sent two staff officers to UNMISS in Juba in 2012." >"$one"
for r in 1 2 3 4 5; do
  /usr/bin/time -f "%e %U %S" -o "$dir/time1.txt" "$mx" extract --progress never -o /dev/null "$one" 2>/dev/null
  cat "$dir/time1.txt"
done | sort -n | awk 'NR == 3 {printf "# startup (one short document, median of 5): %.3f s wall, %.3f s CPU\n", $1, $2 + $3}'

printf "%-8s %-4s %8s %9s %7s %8s %8s %10s %6s\n" N run wall_s docs/s MB/s rss_MB cpu_s docs/cpu_s load1

for n in $ns; do
  if [ "$jsonl" = 1 ]; then
    corpus="$dir/corpus-$n.jsonl"
    [ -s "$corpus" ] || "$dir/mxgen" -n "$n" -jsonl "$corpus" 2>/dev/null
    # raw document bytes, as mxgen reports them (the JSONL file adds escaping)
    bytes=$("$dir/mxgen" -n "$n" -jsonl /dev/null 2>&1 | awk '{print $4}')
  else
    corpus="$dir/corpus-$n"
    if [ ! -f "$corpus/.done" ]; then
      rm -rf "$corpus"
      "$dir/mxgen" -n "$n" -out "$corpus" 2>/dev/null
      touch "$corpus/.done"
    fi
    bytes=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
  fi
  out="$dir/out-$n.jsonl"
  rows=()
  for r in $(seq 1 "$runs"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    t0=$(date +%s.%N)
    /usr/bin/time -v -o "$dir/time.txt" "$mx" extract "${jflag[@]}" --progress never --log-format json -o "$out" "$corpus" 2>"$dir/stderr.txt" || {
      echo "missionx extract failed (exit $?); see $dir/stderr.txt" >&2; tail -3 "$dir/stderr.txt" >&2; exit 1; }
    t1=$(date +%s.%N)
    rss=$(awk -F: '/Maximum resident set size/ {print $2/1024}' "$dir/time.txt")
    cpu=$(awk -F: '/User time|System time/ {s+=$2} END {print s}' "$dir/time.txt")
    row=$(awk -v n="$n" -v r="$r" -v t0="$t0" -v t1="$t1" -v b="$bytes" -v rss="$rss" -v cpu="$cpu" -v load="$load" \
      'BEGIN {w=t1-t0; printf "%-8s %-4s %8.2f %9.0f %7.2f %8.1f %8.2f %10.0f %6s", n, r, w, n/w, b/w/1e6, rss, cpu, n/cpu, load}')
    echo "$row"
    rows+=("$row")
  done
  # median of each column over the runs
  printf '%s\n' "${rows[@]}" | awk -v n="$n" '
    { for (c = 3; c <= 9; c++) v[c, NR] = $c }
    END {
      m = int((NR + 1) / 2)
      for (c = 3; c <= 9; c++) {
        for (i = 1; i <= NR; i++) a[i] = v[c, i]
        for (i = 1; i <= NR; i++) for (j = i + 1; j <= NR; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
        med[c] = a[m]
      }
      printf "%-8s %-4s %8.2f %9.0f %7.2f %8.1f %8.2f %10.0f %6s\n", n, "med", med[3], med[4], med[5], med[6], med[7], med[8], med[9]
    }'
  docs=$(grep -c '^{"type":"document"' "$out" || true)
  recs=$(wc -l <"$out")
  echo "#   $n: $docs document records, $recs records, $(awk -v b="$bytes" -v n="$n" 'BEGIN {printf "%.0f", b/n}') bytes/doc, output $(du -h "$out" | cut -f1)"
  if [ "$docs" != "$n" ]; then echo "bench/run.sh: expected $n document records, got $docs" >&2; exit 1; fi
  if [ "$n" -le 20000 ]; then
    "$mx" validate "$out" >/dev/null 2>"$dir/validate.txt" || { echo "bench/run.sh: output does not validate:" >&2; cat "$dir/validate.txt" >&2; exit 1; }
  fi
  rm -f "$out"
done
