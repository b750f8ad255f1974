// Open MPI for `eptc run --distributed`, loaded at run time.
//
// eptc does not link libmpi: `eptc_mpi_load` dlopens it (libmpi.so.40, Open MPI 3.x to 5.x, or the
// path in EPTC_MPI_LIBRARY) and resolves the few functions and predefined handles data-parallel
// training calls. So a build needs no MPI headers or libraries, and a run without --distributed
// never loads MPI. Every function returns an MPI error code (0 = MPI_SUCCESS) unless said otherwise.
#ifndef EPTC_MPI_H
#define EPTC_MPI_H

#include <stddef.h>
#include <stdint.h>

/// Loads the library (`path`, or EPTC_MPI_LIBRARY, or libmpi.so.40) and resolves every symbol.
/// 0 on success; otherwise -1 with the reason in `error` (dlerror's text, or the missing symbol).
int eptc_mpi_load(const char *path, char *error, size_t error_size);

/// MPI_Init_thread(MPI_THREAD_FUNNELED): only the main thread calls MPI. Fills rank and size.
int eptc_mpi_init(int *rank, int *size);

/// In-place sums / maxima over MPI_COMM_WORLD. Counts above INT_MAX elements go in several calls.
int eptc_mpi_allreduce_sum_float(float *buffer, int64_t count);
int eptc_mpi_allreduce_sum_double(double *buffer, int64_t count);
int eptc_mpi_allreduce_max_u64(uint64_t *buffer, int64_t count);

/// Broadcasts `count` bytes from `root` into every rank's `buffer`.
int eptc_mpi_bcast_bytes(void *buffer, int64_t count, int root);

int eptc_mpi_finalize(void);

/// MPI_Abort(MPI_COMM_WORLD, code): every rank of the job is stopped; does not return.
void eptc_mpi_abort(int code);

/// The library's own version line (MPI_Get_library_version) into `out` (NUL-terminated).
int eptc_mpi_library_version(char *out, size_t size);

/// MPI_Error_string into `out` (NUL-terminated).
void eptc_mpi_error_string(int code, char *out, size_t size);

#endif
