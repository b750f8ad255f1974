// Compiles Sources/CMPI/ompi_abi.h (eptc's own declarations of the Open MPI functions it dlopens)
// against the installed mpi.h: any difference in a prototype or constant fails to compile.
//   mpicc -fsyntax-only -I Sources/CMPI tools/mpi-abi-check.c
// (run by TrainerTests' `mpiDeclarationsMatchTheHeader` wherever mpicc is installed).
#include <mpi.h>
#include "ompi_abi.h"

#define SAME(fn, type) _Static_assert(__builtin_types_compatible_p(__typeof__(&fn), type), #fn " differs from mpi.h")
SAME(MPI_Init_thread, eptc_init_thread_fn);
SAME(MPI_Comm_rank, eptc_comm_rank_fn);
SAME(MPI_Comm_size, eptc_comm_rank_fn);
SAME(MPI_Allreduce, eptc_allreduce_fn);
SAME(MPI_Bcast, eptc_bcast_fn);
SAME(MPI_Finalize, eptc_finalize_fn);
SAME(MPI_Abort, eptc_abort_fn);
SAME(MPI_Get_library_version, eptc_library_version_fn);
SAME(MPI_Error_string, eptc_error_string_fn);
_Static_assert(__builtin_types_compatible_p(MPI_Comm, eptc_comm), "MPI_Comm");
_Static_assert(__builtin_types_compatible_p(MPI_Datatype, eptc_datatype), "MPI_Datatype");
_Static_assert(__builtin_types_compatible_p(MPI_Op, eptc_op), "MPI_Op");
_Static_assert(MPI_THREAD_FUNNELED == EPTC_MPI_THREAD_FUNNELED, "MPI_THREAD_FUNNELED");
_Static_assert(MPI_MAX_ERROR_STRING <= EPTC_MPI_MAX_ERROR_STRING, "MPI_MAX_ERROR_STRING");
_Static_assert(MPI_MAX_LIBRARY_VERSION_STRING <= EPTC_MPI_MAX_LIBRARY_VERSION_STRING, "MPI_MAX_LIBRARY_VERSION_STRING");

// The predefined handles are the globals the loader resolves by name (a rename breaks this line).
void eptc_predefined_handles(void) {
    (void)(MPI_COMM_WORLD == (MPI_Comm)&ompi_mpi_comm_world);
    (void)(MPI_FLOAT == (MPI_Datatype)&ompi_mpi_float);
    (void)(MPI_DOUBLE == (MPI_Datatype)&ompi_mpi_double);
    (void)(MPI_UINT64_T == (MPI_Datatype)&ompi_mpi_uint64_t);
    (void)(MPI_BYTE == (MPI_Datatype)&ompi_mpi_byte);
    (void)(MPI_SUM == (MPI_Op)&ompi_mpi_op_sum);
    (void)(MPI_MAX == (MPI_Op)&ompi_mpi_op_max);
    _Static_assert(__builtin_types_compatible_p(__typeof__(MPI_IN_PLACE), __typeof__(EPTC_MPI_IN_PLACE)), "MPI_IN_PLACE");
}
