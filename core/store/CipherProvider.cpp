#include "store/CipherProvider.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <sqlite3.h>
#include <strings.h>

#include <atomic>
#include <cstring>
#include <new>
#include <vector>

// SQLCipher 3.4.x's provider interface (src/sqlcipher.h of that release). It is not
// installed with libsqlcipher-dev, so it is declared here; the layout is checked at run
// time (see buildInstallation) before anything is called through it.
extern "C" {
struct sqlcipher_provider {
    int (*activate)(void* ctx);
    int (*deactivate)(void* ctx);
    const char* (*get_provider_name)(void* ctx);
    int (*add_random)(void* ctx, void* buffer, int length);
    int (*random)(void* ctx, void* buffer, int length);
    int (*hmac)(void* ctx, unsigned char* hmac_key, int key_sz, unsigned char* in, int in_sz,
                unsigned char* in2, int in2_sz, unsigned char* out);
    int (*kdf)(void* ctx, const unsigned char* pass, int pass_sz, unsigned char* salt, int salt_sz,
               int workfactor, int key_sz, unsigned char* key);
    int (*cipher)(void* ctx, int mode, unsigned char* key, int key_sz, unsigned char* iv,
                  unsigned char* in, int in_sz, unsigned char* out);
    int (*set_cipher)(void* ctx, const char* cipher_name);
    const char* (*get_cipher)(void* ctx);
    int (*get_key_sz)(void* ctx);
    int (*get_iv_sz)(void* ctx);
    int (*get_block_sz)(void* ctx);
    int (*get_hmac_sz)(void* ctx);
    int (*ctx_copy)(void* target_ctx, void* source_ctx);
    int (*ctx_cmp)(void* c1, void* c2);
    int (*ctx_init)(void** ctx);
    int (*ctx_free)(void** ctx);
    int (*fips_status)(void* ctx);
    const char* (*get_provider_version)(void* ctx);
};
int sqlcipher_register_provider(sqlcipher_provider* p);
sqlcipher_provider* sqlcipher_get_provider(void);
void* sqlcipher_malloc(int sz);
int sqlcipher_openssl_setup(sqlcipher_provider* p);
}

namespace batch::store {
namespace {

constexpr int kCipherEncrypt = 1;  // SQLCipher's CIPHER_ENCRYPT (CIPHER_DECRYPT is 0)
constexpr int kAesKeySize = 32;    // AES-256
constexpr int kAesBlockSize = 16;
constexpr int kSha1Size = 20;  // SQLCipher 3's page HMAC is HMAC-SHA1
constexpr int kMaxHmacKeySize = 64;
constexpr int kIvPoolSize = 4096;       // 256 page IVs per RAND_bytes call
constexpr int kSqlcipher341 = 3015002;  // SQLCipher 3.4.1 is SQLite 3.15.2

// A forked child must not hand out IVs its parent also holds: a fork starts a new
// generation and every pool refills on its next use.
std::atomic<unsigned> forkGeneration{0};

struct Algorithms {
    EVP_CIPHER* aes = nullptr;
    EVP_MAC* hmac = nullptr;
};

// The stock provider's functions and the fetched algorithms; set once by installation().
const sqlcipher_provider* stockProvider = nullptr;
const Algorithms* algorithms = nullptr;

// Per SQLCipher cipher context (a connection has one for reading and one for writing;
// SQLite serialises calls on a connection, so no locking here).
struct FastCtx {
    void* stock = nullptr;  // the stock provider's own context: which cipher is selected
    bool aes256cbc = false;
    EVP_CIPHER_CTX* enc = nullptr;
    EVP_CIPHER_CTX* dec = nullptr;
    unsigned char cipherKey[kAesKeySize] = {};
    bool haveCipherKey = false;
    EVP_MAC_CTX* mac = nullptr;
    unsigned char macKey[kMaxHmacKeySize] = {};
    int macKeySize = -1;
    unsigned char ivPool[kIvPoolSize] = {};
    int ivPoolUsed = kIvPoolSize;
    unsigned ivPoolGeneration = 0;
};

FastCtx* fast(void* ctx) {
    return static_cast<FastCtx*>(ctx);
}

void noteSelectedCipher(FastCtx* f) {
    const char* name = stockProvider->get_cipher(f->stock);
    f->aes256cbc = name && strcasecmp(name, "AES-256-CBC") == 0;
}

int fastCtxInit(void** ctx) {
    auto* f = new (std::nothrow) FastCtx;
    if (!f)
        return SQLITE_NOMEM;
    const int rc = stockProvider->ctx_init(&f->stock);
    if (rc != SQLITE_OK) {
        delete f;
        return rc;
    }
    *ctx = f;
    return SQLITE_OK;
}

int fastCtxFree(void** ctx) {
    FastCtx* f = fast(*ctx);
    if (!f)
        return SQLITE_OK;
    const int rc = stockProvider->ctx_free(&f->stock);
    EVP_CIPHER_CTX_free(f->enc);
    EVP_CIPHER_CTX_free(f->dec);
    EVP_MAC_CTX_free(f->mac);
    OPENSSL_cleanse(f, sizeof *f);  // cached keys and unused IVs
    delete f;
    *ctx = nullptr;
    return rc;
}

int fastCtxCopy(void* target, void* source) {
    const int rc = stockProvider->ctx_copy(fast(target)->stock, fast(source)->stock);
    fast(target)->aes256cbc = fast(source)->aes256cbc;
    return rc;  // cached keys need no copy: every call compares its key with the cache
}

int fastCtxCmp(void* a, void* b) {
    return stockProvider->ctx_cmp(fast(a)->stock, fast(b)->stock);
}

int fastSetCipher(void* ctx, const char* name) {
    const int rc = stockProvider->set_cipher(fast(ctx)->stock, name);
    noteSelectedCipher(fast(ctx));
    return rc;
}

const char* fastGetCipher(void* ctx) {
    return stockProvider->get_cipher(fast(ctx)->stock);
}
int fastKeySize(void* ctx) {
    return stockProvider->get_key_sz(fast(ctx)->stock);
}
int fastIvSize(void* ctx) {
    return stockProvider->get_iv_sz(fast(ctx)->stock);
}
int fastBlockSize(void* ctx) {
    return stockProvider->get_block_sz(fast(ctx)->stock);
}
int fastHmacSize(void* ctx) {
    return stockProvider->get_hmac_sz(fast(ctx)->stock);
}

// AES-256-CBC without padding, as the stock provider does, with the key schedule kept
// between pages: only the IV is set per page.
int fastCipher(void* ctx, int mode, unsigned char* key, int keySize, unsigned char* iv,
               unsigned char* in, int inSize, unsigned char* out) {
    FastCtx* f = fast(ctx);
    if (!f->aes256cbc || keySize != kAesKeySize || inSize < 0 || inSize % kAesBlockSize != 0)
        return stockProvider->cipher(f->stock, mode, key, keySize, iv, in, inSize, out);
    if (!f->haveCipherKey || CRYPTO_memcmp(f->cipherKey, key, kAesKeySize) != 0) {
        f->haveCipherKey = false;
        if ((!f->enc && !(f->enc = EVP_CIPHER_CTX_new())) ||
            (!f->dec && !(f->dec = EVP_CIPHER_CTX_new())))
            return SQLITE_NOMEM;
        if (EVP_CipherInit_ex2(f->enc, algorithms->aes, key, nullptr, 1, nullptr) != 1 ||
            EVP_CIPHER_CTX_set_padding(f->enc, 0) != 1 ||
            EVP_CipherInit_ex2(f->dec, algorithms->aes, key, nullptr, 0, nullptr) != 1 ||
            EVP_CIPHER_CTX_set_padding(f->dec, 0) != 1)
            return SQLITE_ERROR;
        std::memcpy(f->cipherKey, key, kAesKeySize);
        f->haveCipherKey = true;
    }
    EVP_CIPHER_CTX* c = mode == kCipherEncrypt ? f->enc : f->dec;
    int n = 0;
    int tail = 0;
    if (EVP_CipherInit_ex2(c, nullptr, nullptr, iv, -1, nullptr) != 1 ||
        EVP_CipherUpdate(c, out, &n, in, inSize) != 1 ||
        EVP_CipherFinal_ex(c, out + n, &tail) != 1 || n + tail != inSize)
        return SQLITE_ERROR;
    return SQLITE_OK;
}

// HMAC-SHA1 over in ‖ in2, as the stock provider does, with the keyed state kept.
int fastHmac(void* ctx, unsigned char* key, int keySize, unsigned char* in, int inSize,
             unsigned char* in2, int in2Size, unsigned char* out) {
    FastCtx* f = fast(ctx);
    if (in == nullptr)
        return SQLITE_ERROR;  // as the stock provider
    if (keySize <= 0 || keySize > kMaxHmacKeySize || inSize < 0 || in2Size < 0)
        return stockProvider->hmac(f->stock, key, keySize, in, inSize, in2, in2Size, out);
    if (!f->mac) {
        f->mac = EVP_MAC_CTX_new(algorithms->hmac);
        char digest[] = "SHA1";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end()};
        if (!f->mac || EVP_MAC_CTX_set_params(f->mac, params) != 1) {
            EVP_MAC_CTX_free(f->mac);
            f->mac = nullptr;
            return SQLITE_ERROR;
        }
    }
    const bool sameKey = f->macKeySize == keySize && CRYPTO_memcmp(f->macKey, key, keySize) == 0;
    if (EVP_MAC_init(f->mac, sameKey ? nullptr : key, sameKey ? 0 : static_cast<size_t>(keySize),
                     nullptr) != 1) {
        f->macKeySize = -1;
        return SQLITE_ERROR;
    }
    if (!sameKey) {
        std::memcpy(f->macKey, key, static_cast<size_t>(keySize));
        f->macKeySize = keySize;
    }
    size_t len = 0;
    if (EVP_MAC_update(f->mac, in, static_cast<size_t>(inSize)) != 1 ||
        (in2Size > 0 && EVP_MAC_update(f->mac, in2, static_cast<size_t>(in2Size)) != 1) ||
        EVP_MAC_final(f->mac, out, &len, kSha1Size) != 1 || len != kSha1Size)
        return SQLITE_ERROR;
    return SQLITE_OK;
}

// Page IVs (and the salt of a new file) from OpenSSL's CSPRNG, fetched a pool at a
// time. Bytes handed out are wiped from the pool, so no IV is ever handed out twice.
int fastRandom(void* ctx, void* buffer, int length) {
    FastCtx* f = fast(ctx);
    if (length < 0)
        return SQLITE_ERROR;
    if (length > kIvPoolSize / 4)
        return RAND_bytes(static_cast<unsigned char*>(buffer), length) == 1 ? SQLITE_OK
                                                                            : SQLITE_ERROR;
    const unsigned generation = forkGeneration.load(std::memory_order_relaxed);
    if (f->ivPoolUsed + length > kIvPoolSize || f->ivPoolGeneration != generation) {
        if (RAND_bytes(f->ivPool, kIvPoolSize) != 1)
            return SQLITE_ERROR;
        f->ivPoolUsed = 0;
        f->ivPoolGeneration = generation;
    }
    std::memcpy(buffer, f->ivPool + f->ivPoolUsed, static_cast<size_t>(length));
    OPENSSL_cleanse(f->ivPool + f->ivPoolUsed, static_cast<size_t>(length));
    f->ivPoolUsed += length;
    return SQLITE_OK;
}

// Runs both providers' cipher and HMAC on the same random inputs and compares.
bool compareProviders(const sqlcipher_provider& stock, const sqlcipher_provider& mine, int rounds) {
    void* a = nullptr;
    void* b = nullptr;
    if (stock.ctx_init(&a) != SQLITE_OK)
        return false;
    if (mine.ctx_init(&b) != SQLITE_OK) {
        stock.ctx_free(&a);
        return false;
    }
    bool same = stock.set_cipher(a, "aes-256-cbc") == SQLITE_OK &&
                mine.set_cipher(b, "aes-256-cbc") == SQLITE_OK && fast(b)->aes256cbc;
    unsigned char keys[2][kAesKeySize];
    unsigned char iv[kAesBlockSize];
    unsigned char pgno[4];
    std::vector<unsigned char> page, x, y, back;
    for (int r = 0; same && r < rounds; ++r) {
        unsigned char sizeByte = 0;
        if ((r % 3 == 0 && RAND_bytes(&keys[0][0], sizeof keys) != 1) ||
            RAND_bytes(iv, sizeof iv) != 1 || RAND_bytes(pgno, sizeof pgno) != 1 ||
            RAND_bytes(&sizeByte, 1) != 1) {
            same = false;
            break;
        }
        // 976 bytes is a 1 KiB page less SQLCipher's reserve; others vary the length.
        const int size = r % 2 == 0 ? 976 : kAesBlockSize * (1 + sizeByte % 64);
        page.resize(static_cast<size_t>(size));
        x.assign(page.size(), 0);
        y.assign(page.size(), 1);
        back.assign(page.size(), 2);
        if (RAND_bytes(page.data(), size) != 1) {
            same = false;
            break;
        }
        unsigned char* key = keys[r % 2];
        same = stock.cipher(a, kCipherEncrypt, key, kAesKeySize, iv, page.data(), size, x.data()) ==
                   SQLITE_OK &&
               mine.cipher(b, kCipherEncrypt, key, kAesKeySize, iv, page.data(), size, y.data()) ==
                   SQLITE_OK &&
               x == y &&
               mine.cipher(b, 0, key, kAesKeySize, iv, x.data(), size, back.data()) == SQLITE_OK &&
               back == page &&
               stock.cipher(a, 0, key, kAesKeySize, iv, y.data(), size, back.data()) == SQLITE_OK &&
               back == page;
        unsigned char macA[kSha1Size] = {};
        unsigned char macB[kSha1Size] = {1};
        same = same &&
               stock.hmac(a, key, kAesKeySize, page.data(), size, pgno, 4, macA) == SQLITE_OK &&
               mine.hmac(b, key, kAesKeySize, page.data(), size, pgno, 4, macB) == SQLITE_OK &&
               std::memcmp(macA, macB, kSha1Size) == 0;
    }
    stock.ctx_free(&a);
    mine.ctx_free(&b);
    return same;
}

struct Installation {
    bool ok = false;
    std::string status;
    sqlcipher_provider stock{};
    sqlcipher_provider fast{};
    Algorithms algorithms;
};

void buildInstallation(Installation& in) {
    if (sqlite3_libversion_number() != kSqlcipher341) {
        in.status = std::string("stock provider: SQLCipher build with SQLite ") +
                    sqlite3_libversion() + " is not the one this provider was checked against";
        return;
    }
    sqlite3_initialize();
    if (sqlcipher_openssl_setup(&in.stock) != SQLITE_OK || !in.stock.get_provider_name ||
        std::strcmp(in.stock.get_provider_name(nullptr), "openssl") != 0) {
        in.status = "stock provider: SQLCipher's OpenSSL provider did not set up as expected";
        return;
    }
    // The interface layout, checked through answers only the expected layout gives.
    void* probe = nullptr;
    if (in.stock.ctx_init(&probe) != SQLITE_OK) {
        in.status = "stock provider: its context did not initialise";
        return;
    }
    const bool layoutOk =
        in.stock.set_cipher(probe, "aes-256-cbc") == SQLITE_OK &&
        in.stock.get_key_sz(probe) == kAesKeySize && in.stock.get_iv_sz(probe) == kAesBlockSize &&
        in.stock.get_block_sz(probe) == kAesBlockSize && in.stock.get_hmac_sz(probe) == kSha1Size &&
        strcasecmp(in.stock.get_cipher(probe), "AES-256-CBC") == 0;
    in.stock.ctx_free(&probe);
    if (!layoutOk) {
        in.status = "stock provider: SQLCipher's provider interface is not the expected one";
        return;
    }
    in.algorithms.aes = EVP_CIPHER_fetch(nullptr, "AES-256-CBC", nullptr);
    in.algorithms.hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!in.algorithms.aes || !in.algorithms.hmac) {
        in.status = "stock provider: OpenSSL has no AES-256-CBC or HMAC";
        return;
    }
    in.fast = in.stock;
    in.fast.ctx_init = fastCtxInit;
    in.fast.ctx_free = fastCtxFree;
    in.fast.ctx_copy = fastCtxCopy;
    in.fast.ctx_cmp = fastCtxCmp;
    in.fast.set_cipher = fastSetCipher;
    in.fast.get_cipher = fastGetCipher;
    in.fast.get_key_sz = fastKeySize;
    in.fast.get_iv_sz = fastIvSize;
    in.fast.get_block_sz = fastBlockSize;
    in.fast.get_hmac_sz = fastHmacSize;
    in.fast.cipher = fastCipher;
    in.fast.hmac = fastHmac;
    in.fast.random = fastRandom;
    stockProvider = &in.stock;
    algorithms = &in.algorithms;
    if (!compareProviders(in.stock, in.fast, 16)) {
        in.status = "stock provider: the fast provider's self-test against it failed";
        return;
    }
    pthread_atfork(nullptr, nullptr,
                   [] { forkGeneration.fetch_add(1, std::memory_order_relaxed); });
    in.ok = true;
    in.status = "fast";
}

// Built on first use, kept for the life of the process (SQLCipher keeps copies of the
// function table in every open connection).
const Installation& installation() {
    static Installation in;
    static const bool built = (buildInstallation(in), true);
    (void)built;
    return in;
}

std::atomic<bool> fastWanted{true};

// Registers a copy of `table` (SQLCipher frees the registered one with sqlcipher_free,
// so it must come from sqlcipher_malloc). Call with the master mutex held.
bool registerCopy(const sqlcipher_provider& table) {
    auto* copy = static_cast<sqlcipher_provider*>(sqlcipher_malloc(sizeof(sqlcipher_provider)));
    if (!copy)
        return false;
    *copy = table;
    sqlcipher_register_provider(copy);
    return true;
}

}  // namespace

void useFastCipherProvider(bool use) {
    fastWanted.store(use);
}

bool ensureFastCipherProvider() {
    const Installation& in = installation();
    if (!in.ok)
        return false;
    const bool wanted = fastWanted.load();
    // SQLCipher frees its registered provider when its last connection closes and falls
    // back to the stock one on the next activation, so this runs before every keying.
    // The master mutex serialises it with SQLCipher's own (de)activation.
    sqlite3_mutex* master = sqlite3_mutex_alloc(SQLITE_MUTEX_STATIC_MASTER);
    sqlite3_mutex_enter(master);
    const sqlcipher_provider* current = sqlcipher_get_provider();
    const bool isFast = current && current->cipher == fastCipher;
    bool fastNow = isFast;
    if (wanted && !isFast)
        fastNow = registerCopy(in.fast);
    else if (!wanted && isFast)
        fastNow = !registerCopy(in.stock);
    sqlite3_mutex_leave(master);
    return fastNow;
}

std::string fastCipherProviderStatus() {
    return installation().status;
}

bool cipherProviderSelfTest(int rounds) {
    const Installation& in = installation();
    return in.ok && compareProviders(in.stock, in.fast, rounds);
}

}  // namespace batch::store
