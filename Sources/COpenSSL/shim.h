#ifndef LEAKTRACE_COPENSSL_SHIM_H
#define LEAKTRACE_COPENSSL_SHIM_H
// Only libcrypto is used; every cryptographic primitive in LeakTrace goes through these headers.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/err.h>
#include <openssl/crypto.h>
#include <openssl/core_names.h>
#include <openssl/params.h>
#endif
