// cpuid and xgetbv for the runtime's host detection (Sources/Runtime/HostCPU.swift). Swift has no
// inline assembly; these two instructions are all the C there is, with the affinity count below.
#ifndef EPTC_HOST_CPU_H
#define EPTC_HOST_CPU_H
#include <stdint.h>

/// Executes cpuid(leaf, subleaf) into out[0..3] = eax, ebx, ecx, edx; returns 0 when the leaf is
/// above the CPU's maximum (out is zeroed) or the machine is not x86-64.
int eptc_cpuid(uint32_t leaf, uint32_t subleaf, uint32_t out[4]);

/// XCR0 (which register states the OS saves: bit 1 SSE, 2 AVX, 5-7 AVX-512, 17-18 AMX), or 0 when
/// the OS has not enabled xgetbv (cpuid.1:ecx.OSXSAVE clear).
uint64_t eptc_xcr0(void);

/// CPUs in this process's affinity mask (mpirun binds each rank to a core or a socket); 0 when
/// it cannot be read.
int eptc_affinity_cpus(void);

/// The thread pool's spin-then-sleep wait (Sources/Runtime/ThreadPool.swift): reads `*word`
/// (atomically, acquire) until it differs from `seen` or about `nanoseconds` have passed,
/// pausing between reads and yielding the CPU now and then (so a runnable thread on the same
/// core, an OpenBLAS worker, is not starved). Returns the last value read.
long eptc_spin_while_equal(const long *word, long seen, long nanoseconds);

/// `*word = value` (atomically, release): what a spinning reader sees.
void eptc_atomic_store(long *word, long value);

/// `*word` (atomically, acquire).
long eptc_atomic_load(const long *word);

#endif
