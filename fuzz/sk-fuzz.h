/* sk-fuzz.h — shared by the fuzz targets (sk-fuzz-log.c). */
#pragma once

#include <glib.h>

int  LLVMFuzzerTestOneInput (const guint8 *data, size_t size);
void sk_fuzz_check_message  (const GError *error);
