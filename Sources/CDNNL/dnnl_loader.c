// oneDNN resolved with dlopen/dlsym (see include/eptc_dnnl.h for why).
#include "eptc_dnnl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

// dnnl_version_t (oneDNN 2.x, stable since 1.0).
typedef struct {
    int major, minor, patch;
    const char *hash;
    unsigned cpu_runtime, gpu_runtime;
} eptc_dnnl_version_t;

typedef int (*sgemm_fn)(char, char, int64_t, int64_t, int64_t, float, const float *, int64_t, const float *,
                        int64_t, float, float *, int64_t);
typedef const eptc_dnnl_version_t *(*version_fn)(void);
typedef void (*set_threads_fn)(int);

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
// Written once under `lock` before `loaded` is set; read without it afterwards.
static sgemm_fn sgemm;
static version_fn version;
static set_threads_fn set_threads;  // libgomp's omp_set_num_threads; absent for other runtimes
static volatile int loaded;
static char loaded_path[4096];

int eptc_dnnl_load(const char *path, char *error, size_t error_size) {
    if (!path || !*path) path = "libdnnl.so.2";
    pthread_mutex_lock(&lock);
    if (loaded && strcmp(path, loaded_path) == 0) {
        pthread_mutex_unlock(&lock);
        return 0;
    }
    // Another path than the loaded one is still opened, so its absence is reported; the library
    // loaded first stays the one called.
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *why = dlerror();
        snprintf(error, error_size, "%s", why ? why : path);
        pthread_mutex_unlock(&lock);
        return -1;
    }
    if (loaded) {
        dlclose(handle);
        pthread_mutex_unlock(&lock);
        return 0;
    }
    sgemm = (sgemm_fn)dlsym(handle, "dnnl_sgemm");
    version = (version_fn)dlsym(handle, "dnnl_version");
    if (!sgemm || !version) {
        snprintf(error, error_size, "%s has no symbol %s (not oneDNN 1.0 or later?)", path,
                 sgemm ? "dnnl_version" : "dnnl_sgemm");
        dlclose(handle);
        sgemm = NULL;
        version = NULL;
        pthread_mutex_unlock(&lock);
        return -1;
    }
    // dlsym on the handle searches the library's dependencies too: libgomp for an OpenMP build.
    set_threads = (set_threads_fn)dlsym(handle, "omp_set_num_threads");
    // The handle is never closed: compiled code may call into the library until the process ends.
    snprintf(loaded_path, sizeof loaded_path, "%s", path);
    loaded = 1;
    pthread_mutex_unlock(&lock);
    return 0;
}

int eptc_dnnl_loaded(void) { return loaded; }

void eptc_dnnl_version(char *out, size_t size) {
    if (!loaded) {
        snprintf(out, size, "%s", "");
        return;
    }
    const eptc_dnnl_version_t *v = version();
    const char *runtime = v->cpu_runtime == 1u ? "seq" : v->cpu_runtime == 2u ? "omp"
                        : v->cpu_runtime == 4u ? "tbb" : v->cpu_runtime == 8u ? "threadpool" : "other";
    snprintf(out, size, "%d.%d.%d (%s)", v->major, v->minor, v->patch, runtime);
}

int eptc_dnnl_sgemm(int threads, char transa, char transb, int64_t m, int64_t n, int64_t k,
                    const float *a, int64_t lda, const float *b, int64_t ldb, float *c, int64_t ldc) {
    if (!loaded) return -1;
    // OpenMP's thread count belongs to the calling thread: set it when it differs from the last call's.
    static __thread int current = 0;
    if (set_threads && threads > 0 && threads != current) {
        set_threads(threads);
        current = threads;
    }
    return sgemm(transa, transb, m, n, k, 1.0f, a, lda, b, ldb, 0.0f, c, ldc);
}
