#ifndef HERALD_CCURL_H
#define HERALD_CCURL_H
#include <curl/curl.h>

// libcurl is opened on first use rather than linked: loading it and the two dozen libraries it
// links costs every process about 7 ms, a third of what a timer run with nothing new may take,
// and most runs send nothing. curl.h still types every call.

/// Opens libcurl once per process and sets it up; NULL when it is ready, otherwise why it is not.
const char *herald_curl_load(void);

// libcurl's functions, callable once herald_curl_load returned NULL.
CURL *herald_curl_easy_init(void);
void herald_curl_easy_cleanup(CURL *handle);
CURLcode herald_curl_easy_perform(CURL *handle);
const char *herald_curl_easy_strerror(CURLcode code);
struct curl_slist *herald_curl_slist_append(struct curl_slist *list, const char *line);
void herald_curl_slist_free_all(struct curl_slist *list);
const char *herald_curl_version(void);

// curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: one typed
// wrapper per kind of argument.
typedef size_t (*herald_curl_data_callback)(char *data, size_t size, size_t count, void *context);
CURLcode herald_curl_set_string(CURL *handle, CURLoption option, const char *value);
CURLcode herald_curl_set_long(CURL *handle, CURLoption option, long value);
CURLcode herald_curl_set_pointer(CURL *handle, CURLoption option, void *value);
CURLcode herald_curl_set_list(CURL *handle, CURLoption option, struct curl_slist *value);
CURLcode herald_curl_set_callback(CURL *handle, CURLoption option, herald_curl_data_callback value);
CURLcode herald_curl_get_long(CURL *handle, CURLINFO info, long *value);
#endif
