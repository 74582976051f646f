#include "CCurl.h"
#include "CLibraryLoader.h"
#include <stdio.h>

static const char *const names[] = {
    "curl_global_init", "curl_easy_init",    "curl_easy_cleanup",  "curl_easy_perform",   "curl_easy_strerror",
    "curl_easy_setopt", "curl_easy_getinfo", "curl_slist_append", "curl_slist_free_all", "curl_version",
};

// The functions as named above, typed by curl.h, and filled in as addresses by the loader.
HERALD_FUNCTION_TABLE(
    curl, names,
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
);

// Once per process, before any handle and never concurrently: the loader sees to both.
static const char *start(void) {
    static char message[256];
    CURLcode code = curl.call.global_init(CURL_GLOBAL_DEFAULT);
    if (code == CURLE_OK) return NULL;
    snprintf(message, sizeof message, "libcurl could not start: %s", curl.call.easy_strerror(code));
    return message;
}

// The soname of Debian's libcurl4 (OpenSSL), which libcurl4-openssl-dev builds against.
static herald_library library =
    HERALD_LIBRARY("libcurl.so.4", "libcurl4", "libcurl 7.85 or later is needed", names, curl, start);

const char *herald_curl_load(void) { return herald_library_load(&library); }

CURL *herald_curl_easy_init(void) { return curl.call.easy_init(); }
void herald_curl_easy_cleanup(CURL *handle) { curl.call.easy_cleanup(handle); }
CURLcode herald_curl_easy_perform(CURL *handle) { return curl.call.easy_perform(handle); }
const char *herald_curl_easy_strerror(CURLcode code) { return curl.call.easy_strerror(code); }
struct curl_slist *herald_curl_slist_append(struct curl_slist *list, const char *line) {
    return curl.call.slist_append(list, line);
}
void herald_curl_slist_free_all(struct curl_slist *list) { curl.call.slist_free_all(list); }
const char *herald_curl_version(void) { return curl.call.version(); }

// One typed wrapper per kind of option value, all the same call to the variadic function.
#define HERALD_CURL_SETTER(kind, type) \
    CURLcode herald_curl_set_##kind(CURL *handle, CURLoption option, type value) { \
        return curl.call.easy_setopt(handle, option, value); \
    }
HERALD_CURL_SETTER(string, const char *)
HERALD_CURL_SETTER(long, long)
HERALD_CURL_SETTER(pointer, void *)
HERALD_CURL_SETTER(list, struct curl_slist *)
HERALD_CURL_SETTER(callback, herald_curl_data_callback)

CURLcode herald_curl_get_long(CURL *handle, CURLINFO info, long *value) {
    return curl.call.easy_getinfo(handle, info, value);
}
