#ifndef BEROEPSBEELD_FUZZER_DRIVER_H
#define BEROEPSBEELD_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer's driver over `callback` (libFuzzer's `LLVMFuzzerRunDriver`), or returns -1 without
/// doing anything when the binary was linked without libFuzzer (a plain `swift build`).
int beroepsbeeld_fuzzer_run(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size));

#endif
