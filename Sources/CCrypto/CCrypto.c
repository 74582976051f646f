#include "CCrypto.h"
#include <dlfcn.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <pthread.h>
#include <stdio.h>

// The soname of Debian 12's libssl3, which libssl-dev builds against and libcurl4 needs anyway.
static const char *const library_name = "libcrypto.so.3";

static struct {
    __typeof__(&SHA256) sha256;
    __typeof__(&HMAC) hmac;
    __typeof__(&EVP_sha256) evp_sha256;
} crypto;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static char load_error[512];

static void *symbol(void *library, const char *name) {
    void *address = dlsym(library, name);
    if (address == NULL && load_error[0] == 0) {
        snprintf(load_error, sizeof load_error, "%s has no %s; OpenSSL 3 is needed", library_name, name);
    }
    return address;
}

static void load(void) {
    void *library = dlopen(library_name, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        snprintf(load_error, sizeof load_error, "cannot load %s (%s); install libssl3", library_name, dlerror());
        return;
    }
    crypto.sha256 = symbol(library, "SHA256");
    crypto.hmac = symbol(library, "HMAC");
    crypto.evp_sha256 = symbol(library, "EVP_sha256");
}

const char *herald_crypto_load(void) {
    pthread_once(&load_once, load);
    return load_error[0] == 0 ? NULL : load_error;
}

void herald_sha256(const unsigned char *data, size_t count, unsigned char *digest) {
    crypto.sha256(data, count, digest);
}

void herald_hmac_sha256(
    const void *key, int key_length, const unsigned char *data, size_t count, unsigned char *digest) {
    unsigned int length = 0;
    crypto.hmac(crypto.evp_sha256(), key, key_length, data, count, digest, &length);
}
