// oneDNN's sgemm as an optional GEMM provider, loaded at run time.
//
// eptc does not link libdnnl: `eptc_dnnl_load` dlopens it (libdnnl.so.2 unless a path is given) and
// resolves `dnnl_sgemm` and `dnnl_version`. A build needs no oneDNN headers or libraries, and a
// machine without the library simply has no oneDNN provider (OpenBLAS stays). Debian's oneDNN is
// built on OpenMP: its threads are libgomp's, whose count is a per-calling-thread setting
// (`omp_set_num_threads`), so every call names the thread count it may use.
#ifndef EPTC_DNNL_H
#define EPTC_DNNL_H

#include <stddef.h>
#include <stdint.h>

/// Loads the library (`path`, or libdnnl.so.2 when NULL or empty) once per process. 0 on success
/// (also when already loaded); otherwise -1 with the reason in `error` (dlerror's text, or the
/// missing symbol), and nothing new stays loaded. A path other than the loaded one is opened to
/// check that it loads, but the first library loaded stays the one called.
int eptc_dnnl_load(const char *path, char *error, size_t error_size);

/// 1 when a library is loaded.
int eptc_dnnl_loaded(void);

/// "2.6.3 (omp)": the loaded library's version and CPU threading runtime; "" when none is loaded.
void eptc_dnnl_version(char *out, size_t size);

/// Row-major C = A·B (A M×K or its transpose, B K×N or its transpose; 'N' or 'T'), beta 0, on at
/// most `threads` threads. Returns oneDNN's status (0 = success); -1 when no library is loaded.
int eptc_dnnl_sgemm(int threads, char transa, char transb, int64_t m, int64_t n, int64_t k,
                    const float *a, int64_t lda, const float *b, int64_t ldb, float *c, int64_t ldc);

#endif
