#pragma once

#include <string>

namespace batch::store {

// SQLCipher encrypts and authenticates every page it writes or reads with AES-256-CBC
// and HMAC-SHA1 through a "crypto provider". Its stock OpenSSL provider builds a fresh
// OpenSSL context, key schedule and HMAC key per page and calls RAND_bytes per page for
// the IV; on OpenSSL 3 that bookkeeping costs more than the cryptography. The provider
// installed here computes exactly the same functions (same algorithms, keys, IVs from
// the same CSPRNG, same bytes on disk: the stock `sqlcipher` shell reads the files) but
// keeps one keyed context per connection and draws IVs from a per-connection pool.
//
// It is installed only on the SQLCipher build it was checked against (3.4.1, whose
// provider interface is not in the public headers) and only after a self-test against
// the stock provider passes on this machine; otherwise the stock provider stays.
// SQLCipher's provider registry is process-wide by its design, so this is too.

// Makes the fast provider SQLCipher's default for connections keyed from now on.
// Called by Database before every PRAGMA key; cheap after the first call. Returns
// whether the fast provider is in place (false: the stock one is used).
bool ensureFastCipherProvider();

// Whether ensureFastCipherProvider installs the fast provider (default) or puts SQLCipher's
// stock one back, for connections keyed from then on. For comparison benchmarks.
void useFastCipherProvider(bool use);

// What ensureFastCipherProvider found: "fast" or the reason the stock provider is used.
std::string fastCipherProviderStatus();

// Compares the fast provider's cipher and HMAC with the stock provider's on `rounds`
// random pages, keys and IVs (both directions, alternating keys). For tests; the same
// check, shorter, runs once before the provider is installed.
bool cipherProviderSelfTest(int rounds);

}  // namespace batch::store
