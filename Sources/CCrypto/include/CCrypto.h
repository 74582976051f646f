#ifndef HERALD_CCRYPTO_H
#define HERALD_CCRYPTO_H
#include <stddef.h>
#include <openssl/sha.h>

// libcrypto is opened on first use rather than linked, as libcurl is: only announcements sign
// and hash, and loading it cost every run, most of which announce nothing, most of a millisecond.

/// Opens libcrypto once per process; NULL when it is ready, otherwise why it is not.
const char *herald_crypto_load(void);

/// SHA-256 of `count` bytes into `digest` (SHA256_DIGEST_LENGTH bytes); once loaded.
void herald_sha256(const unsigned char *data, size_t count, unsigned char *digest);

/// HMAC-SHA256 of `count` bytes with `key` into `digest` (SHA256_DIGEST_LENGTH bytes); once loaded.
void herald_hmac_sha256(
    const void *key, int key_length, const unsigned char *data, size_t count, unsigned char *digest);
#endif
