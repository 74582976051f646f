#include "CCurl.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

// The soname of Debian's libcurl4 (OpenSSL), which libcurl4-openssl-dev builds against.
static const char *const library_name = "libcurl.so.4";

static struct {
    __typeof__(&curl_global_init) global_init;
    __typeof__(&curl_easy_init) easy_init;
    __typeof__(&curl_easy_cleanup) easy_cleanup;
    __typeof__(&curl_easy_perform) easy_perform;
    __typeof__(&curl_easy_strerror) easy_strerror;
    __typeof__(&curl_easy_setopt) easy_setopt;
    __typeof__(&curl_easy_getinfo) easy_getinfo;
    __typeof__(&curl_slist_append) slist_append;
    __typeof__(&curl_slist_free_all) slist_free_all;
    __typeof__(&curl_version) version;
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static char load_error[512];

static void *symbol(void *library, const char *name) {
    void *address = dlsym(library, name);
    if (address == NULL && load_error[0] == 0) {
        snprintf(load_error, sizeof load_error, "%s has no %s; libcurl 7.85 or later is needed", library_name, name);
    }
    return address;
}

static void load(void) {
    void *library = dlopen(library_name, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        snprintf(load_error, sizeof load_error, "cannot load %s (%s); install libcurl4", library_name, dlerror());
        return;
    }
    curl.global_init = symbol(library, "curl_global_init");
    curl.easy_init = symbol(library, "curl_easy_init");
    curl.easy_cleanup = symbol(library, "curl_easy_cleanup");
    curl.easy_perform = symbol(library, "curl_easy_perform");
    curl.easy_strerror = symbol(library, "curl_easy_strerror");
    curl.easy_setopt = symbol(library, "curl_easy_setopt");
    curl.easy_getinfo = symbol(library, "curl_easy_getinfo");
    curl.slist_append = symbol(library, "curl_slist_append");
    curl.slist_free_all = symbol(library, "curl_slist_free_all");
    curl.version = symbol(library, "curl_version");
    if (load_error[0] != 0) return;
    // Once per process, before any handle and never concurrently: pthread_once sees to both.
    CURLcode code = curl.global_init(CURL_GLOBAL_DEFAULT);
    if (code != CURLE_OK) {
        snprintf(load_error, sizeof load_error, "libcurl could not start: %s", curl.easy_strerror(code));
    }
}

const char *herald_curl_load(void) {
    pthread_once(&load_once, load);
    return load_error[0] == 0 ? NULL : load_error;
}

CURL *herald_curl_easy_init(void) { return curl.easy_init(); }
void herald_curl_easy_cleanup(CURL *handle) { curl.easy_cleanup(handle); }
CURLcode herald_curl_easy_perform(CURL *handle) { return curl.easy_perform(handle); }
const char *herald_curl_easy_strerror(CURLcode code) { return curl.easy_strerror(code); }
struct curl_slist *herald_curl_slist_append(struct curl_slist *list, const char *line) {
    return curl.slist_append(list, line);
}
void herald_curl_slist_free_all(struct curl_slist *list) { curl.slist_free_all(list); }
const char *herald_curl_version(void) { return curl.version(); }

// One typed wrapper per kind of option value, all the same call to the variadic function.
#define HERALD_CURL_SETTER(kind, type) \
    CURLcode herald_curl_set_##kind(CURL *handle, CURLoption option, type value) { \
        return curl.easy_setopt(handle, option, value); \
    }
HERALD_CURL_SETTER(string, const char *)
HERALD_CURL_SETTER(long, long)
HERALD_CURL_SETTER(pointer, void *)
HERALD_CURL_SETTER(list, struct curl_slist *)
HERALD_CURL_SETTER(callback, herald_curl_data_callback)

CURLcode herald_curl_get_long(CURL *handle, CURLINFO info, long *value) {
    return curl.easy_getinfo(handle, info, value);
}
