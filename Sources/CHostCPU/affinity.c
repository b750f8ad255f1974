// The CPUs this process may run on: sched_getaffinity and CPU_COUNT need _GNU_SOURCE, which Swift's
// Glibc module does not define.
#define _GNU_SOURCE
#include <sched.h>
#include "host_cpu.h"

int eptc_affinity_cpus(void) {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0) return 0;
    return CPU_COUNT(&set);
}
