#include "host_cpu.h"
#include <string.h>
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>

int eptc_cpuid(uint32_t leaf, uint32_t subleaf, uint32_t out[4]) {
    memset(out, 0, 4 * sizeof(uint32_t));
    unsigned max = __get_cpuid_max(leaf & 0x80000000u, 0);
    if (max == 0 || leaf > max) return 0;
    unsigned a, b, c, d;
    __cpuid_count(leaf, subleaf, a, b, c, d);
    out[0] = a; out[1] = b; out[2] = c; out[3] = d;
    return 1;
}

uint64_t eptc_xcr0(void) {
    uint32_t r[4];
    if (!eptc_cpuid(1, 0, r) || !(r[2] & (1u << 27))) return 0;  // OSXSAVE
    uint32_t lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((uint64_t)hi << 32) | lo;
}
#else
int eptc_cpuid(uint32_t leaf, uint32_t subleaf, uint32_t out[4]) {
    (void)leaf; (void)subleaf;
    memset(out, 0, 4 * sizeof(uint32_t));
    return 0;
}
uint64_t eptc_xcr0(void) { return 0; }
#endif
