#pragma once

// Counts heap allocations of the whole test executable, so that "no allocation per
// observation" promises are checked, not assumed. Include in exactly ONE translation unit
// of a test executable: it replaces the global operator new and delete.
#include <atomic>
#include <cstdlib>
#include <new>

inline std::atomic<long> gAllocations{0};

void* operator new(std::size_t size) {
    gAllocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
