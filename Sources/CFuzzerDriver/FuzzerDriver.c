#include "FuzzerDriver.h"

// libFuzzer's entry for programs that own `main` (SwiftPM writes the executable's `main`). Weak, so that
// the target also links as a plain executable; `make fuzz` links libclang_rt.fuzzer_no_main, which defines it.
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size))
    __attribute__((weak));

int beroepsbeeld_fuzzer_run(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size)) {
    if (!LLVMFuzzerRunDriver) return -1;
    return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
