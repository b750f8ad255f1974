// Open MPI resolved with dlopen/dlsym (see include/eptc_mpi.h for why).
#include "eptc_mpi.h"
#include "ompi_abi.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct {
    void *library;
    eptc_init_thread_fn init_thread;
    eptc_comm_rank_fn comm_rank, comm_size;
    eptc_allreduce_fn allreduce;
    eptc_bcast_fn bcast;
    eptc_finalize_fn finalize;
    eptc_abort_fn abort;
    eptc_library_version_fn library_version;
    eptc_error_string_fn error_string;
    eptc_comm world;
    eptc_datatype float_type, double_type, u64_type, byte_type;
    eptc_op sum, max;
} mpi;

// Largest count per MPI call: counts are C ints.
static const int64_t chunk = INT_MAX / 2;

static void *resolve(const char *name, char *error, size_t error_size) {
    void *p = dlsym(mpi.library, name);
    if (!p) snprintf(error, error_size, "the library has no symbol %s (not Open MPI 3 or later?)", name);
    return p;
}

int eptc_mpi_load(const char *path, char *error, size_t error_size) {
    if (mpi.library) return 0;
    if (!path || !*path) path = getenv("EPTC_MPI_LIBRARY");
    if (!path || !*path) path = "libmpi.so.40";
    // RTLD_GLOBAL: Open MPI's components (mca_*.so, dlopened by libmpi) resolve libmpi's symbols.
    void *library = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
    if (!library) {
        const char *why = dlerror();
        snprintf(error, error_size, "%s", why ? why : path);
        return -1;
    }
    mpi.library = library;
#define RESOLVE(field, type, name) \
    if (!(mpi.field = (type)resolve(name, error, error_size))) { dlclose(library); memset(&mpi, 0, sizeof mpi); return -1; }
    RESOLVE(init_thread, eptc_init_thread_fn, "MPI_Init_thread")
    RESOLVE(comm_rank, eptc_comm_rank_fn, "MPI_Comm_rank")
    RESOLVE(comm_size, eptc_comm_rank_fn, "MPI_Comm_size")
    RESOLVE(allreduce, eptc_allreduce_fn, "MPI_Allreduce")
    RESOLVE(bcast, eptc_bcast_fn, "MPI_Bcast")
    RESOLVE(finalize, eptc_finalize_fn, "MPI_Finalize")
    RESOLVE(abort, eptc_abort_fn, "MPI_Abort")
    RESOLVE(library_version, eptc_library_version_fn, "MPI_Get_library_version")
    RESOLVE(error_string, eptc_error_string_fn, "MPI_Error_string")
    RESOLVE(world, eptc_comm, "ompi_mpi_comm_world")
    RESOLVE(float_type, eptc_datatype, "ompi_mpi_float")
    RESOLVE(double_type, eptc_datatype, "ompi_mpi_double")
    RESOLVE(u64_type, eptc_datatype, "ompi_mpi_uint64_t")
    RESOLVE(byte_type, eptc_datatype, "ompi_mpi_byte")
    RESOLVE(sum, eptc_op, "ompi_mpi_op_sum")
    RESOLVE(max, eptc_op, "ompi_mpi_op_max")
#undef RESOLVE
    return 0;
}

int eptc_mpi_init(int *rank, int *size) {
    int provided = 0;
    int rc = mpi.init_thread(NULL, NULL, EPTC_MPI_THREAD_FUNNELED, &provided);
    if (rc) return rc;
    if ((rc = mpi.comm_rank(mpi.world, rank))) return rc;
    return mpi.comm_size(mpi.world, size);
}

static int allreduce(void *buffer, int64_t count, size_t element, eptc_datatype type, eptc_op op) {
    char *p = buffer;
    for (int64_t done = 0; done < count; done += chunk) {
        int n = (int)(count - done < chunk ? count - done : chunk);
        int rc = mpi.allreduce(EPTC_MPI_IN_PLACE, p + done * element, n, type, op, mpi.world);
        if (rc) return rc;
    }
    return 0;
}

int eptc_mpi_allreduce_sum_float(float *buffer, int64_t count) {
    return allreduce(buffer, count, sizeof(float), mpi.float_type, mpi.sum);
}

int eptc_mpi_allreduce_sum_double(double *buffer, int64_t count) {
    return allreduce(buffer, count, sizeof(double), mpi.double_type, mpi.sum);
}

int eptc_mpi_allreduce_max_u64(uint64_t *buffer, int64_t count) {
    return allreduce(buffer, count, sizeof(uint64_t), mpi.u64_type, mpi.max);
}

int eptc_mpi_bcast_bytes(void *buffer, int64_t count, int root) {
    char *p = buffer;
    for (int64_t done = 0; done < count; done += chunk) {
        int n = (int)(count - done < chunk ? count - done : chunk);
        int rc = mpi.bcast(p + done, n, mpi.byte_type, root, mpi.world);
        if (rc) return rc;
    }
    return 0;
}

int eptc_mpi_finalize(void) { return mpi.finalize(); }

void eptc_mpi_abort(int code) {
    if (mpi.abort) mpi.abort(mpi.world, code);
    _Exit(code);
}

int eptc_mpi_library_version(char *out, size_t size) {
    char version[EPTC_MPI_MAX_LIBRARY_VERSION_STRING + 1] = {0};
    int length = 0;
    int rc = mpi.library_version(version, &length);
    snprintf(out, size, "%s", rc ? "unknown" : version);
    return rc;
}

void eptc_mpi_error_string(int code, char *out, size_t size) {
    char text[EPTC_MPI_MAX_ERROR_STRING + 1] = {0};
    int length = 0;
    if (!mpi.error_string || mpi.error_string(code, text, &length)) snprintf(text, sizeof text, "MPI error %d", code);
    snprintf(out, size, "%s", text);
}
