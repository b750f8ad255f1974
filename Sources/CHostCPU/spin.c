// Spin-waiting for the thread pool (host_cpu.h): atomics and the pause instruction, which Swift
// has no portable spelling for.
#include "host_cpu.h"
#include <sched.h>
#include <time.h>

static long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000000000L + ts.tv_nsec;
}

long eptc_spin_while_equal(const long *word, long seen, long nanoseconds) {
    long value = __atomic_load_n(word, __ATOMIC_ACQUIRE);
    if (value != seen || nanoseconds <= 0) return value;
    long deadline = now_ns() + nanoseconds;
    for (unsigned round = 1;; round++) {
        for (int i = 0; i < 32; i++) {
#if defined(__x86_64__) || defined(__i386__)
            __builtin_ia32_pause();
#endif
            value = __atomic_load_n(word, __ATOMIC_ACQUIRE);
            if (value != seen) return value;
        }
        if (round % 8 == 0) sched_yield();
        if (now_ns() >= deadline) return value;
    }
}

void eptc_atomic_store(long *word, long value) { __atomic_store_n(word, value, __ATOMIC_RELEASE); }

long eptc_atomic_load(const long *word) { return __atomic_load_n(word, __ATOMIC_ACQUIRE); }
