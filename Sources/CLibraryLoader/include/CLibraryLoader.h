#ifndef HERALD_CLIBRARYLOADER_H
#define HERALD_CLIBRARYLOADER_H
#include <pthread.h>
#include <stddef.h>

// A library Herald opens on first use rather than links (libcurl, libcrypto): most runs send
// and sign nothing, and loading them cost every run. The caller's header still types each call.
typedef struct {
    /// The soname, such as `libcurl.so.4`.
    const char *soname;
    /// What to install when it is missing, and what it must provide when a function is missing.
    const char *package;
    const char *requirement;
    /// The functions to find, in the order of `addresses`.
    const char *const *names;
    void **addresses;
    size_t count;
    /// Run once the functions are found; returns NULL, or why the library cannot be used.
    const char *(*start)(void);
    pthread_once_t once;
    char error[512];
} herald_library;

/// Declares `table_`: the functions named in the array `names_`, as the typed members given
/// (`table_.call.name(...)`), over the addresses the loader fills in (`table_.address`).
#define HERALD_FUNCTION_TABLE(table_, names_, ...) \
    static union { \
        struct { \
            __VA_ARGS__ \
        } call; \
        void *address[sizeof names_ / sizeof names_[0]]; \
    } table_; \
    _Static_assert(sizeof table_.call == sizeof table_.address, "one name for each function")

/// A `herald_library` for the functions named in the array `names_`, whose addresses go into
/// `table_.address`, a union with the typed functions.
#define HERALD_LIBRARY(soname_, package_, requirement_, names_, table_, start_) \
    { \
        .soname = soname_, .package = package_, .requirement = requirement_, .names = names_, \
        .addresses = (table_).address, .count = sizeof names_ / sizeof names_[0], .start = start_, \
        .once = PTHREAD_ONCE_INIT \
    }

/// Opens `library` once per process, finds its functions and starts it; NULL when it is ready,
/// otherwise why it is not. Safe to call from any thread.
const char *herald_library_load(herald_library *library);
#endif
