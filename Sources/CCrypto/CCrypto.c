#include "CCrypto.h"
#include "CLibraryLoader.h"
#include <openssl/evp.h>
#include <openssl/hmac.h>

static const char *const names[] = {"SHA256", "HMAC", "EVP_sha256"};

// The functions as named above, typed by OpenSSL's headers, and filled in by the loader.
HERALD_FUNCTION_TABLE(
    crypto, names,
    __typeof__(&SHA256) sha256;
    __typeof__(&HMAC) hmac;
    __typeof__(&EVP_sha256) evp_sha256;
);

// The soname of Debian 12's libssl3, which libssl-dev builds against and libcurl4 needs anyway.
static herald_library library = HERALD_LIBRARY("libcrypto.so.3", "libssl3", "OpenSSL 3 is needed", names, crypto, NULL);

const char *herald_crypto_load(void) { return herald_library_load(&library); }

void herald_sha256(const unsigned char *data, size_t count, unsigned char *digest) {
    crypto.call.sha256(data, count, digest);
}

void herald_hmac_sha256(
    const void *key, int key_length, const unsigned char *data, size_t count, unsigned char *digest) {
    unsigned int length = 0;
    crypto.call.hmac(crypto.call.evp_sha256(), key, key_length, data, count, digest, &length);
}
