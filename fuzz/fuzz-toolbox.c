/* fuzz-toolbox.c — libFuzzer target: a toolbox catalogue from outside
 * (catalogue.json), through sk_toolbox_new_from_bytes. Seeds:
 * fuzz/corpus/toolbox. */
#include "sk-toolbox.h"
#include "sk-fuzz.h"


int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkToolbox) toolbox = sk_toolbox_new_from_bytes (bytes, "fuzz-catalogue.json", &error);

  g_assert ((toolbox == NULL) != (error == NULL));
  sk_fuzz_check_message (error);
  return 0;
}
