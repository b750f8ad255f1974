// The slice of Open MPI's C ABI eptc calls, written out so that no mpi.h is needed to build.
// Handles are pointers to opaque structs (Open MPI's, not MPICH's integer handles); the predefined
// ones (MPI_COMM_WORLD, MPI_FLOAT, MPI_SUM, ...) are the addresses of the library's global objects
// `ompi_mpi_*`, which dlsym returns. tools/mpi-abi-check.c compiles these declarations against the
// real mpi.h where one is installed (a TrainerTests test), so a mismatch fails the tests.
#ifndef EPTC_OMPI_ABI_H
#define EPTC_OMPI_ABI_H

struct ompi_communicator_t;
struct ompi_datatype_t;
struct ompi_op_t;
typedef struct ompi_communicator_t *eptc_comm;
typedef struct ompi_datatype_t *eptc_datatype;
typedef struct ompi_op_t *eptc_op;

#define EPTC_MPI_THREAD_FUNNELED 1
#define EPTC_MPI_IN_PLACE ((void *)1)
#define EPTC_MPI_MAX_ERROR_STRING 256
#define EPTC_MPI_MAX_LIBRARY_VERSION_STRING 256

typedef int (*eptc_init_thread_fn)(int *argc, char ***argv, int required, int *provided);
typedef int (*eptc_comm_rank_fn)(eptc_comm comm, int *rank);
typedef int (*eptc_allreduce_fn)(const void *sendbuf, void *recvbuf, int count, eptc_datatype datatype,
                                 eptc_op op, eptc_comm comm);
typedef int (*eptc_bcast_fn)(void *buffer, int count, eptc_datatype datatype, int root, eptc_comm comm);
typedef int (*eptc_finalize_fn)(void);
typedef int (*eptc_abort_fn)(eptc_comm comm, int errorcode);
typedef int (*eptc_library_version_fn)(char *version, int *resultlen);
typedef int (*eptc_error_string_fn)(int errorcode, char *string, int *resultlen);

#endif
