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

#endif
