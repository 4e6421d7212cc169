/* fuzz-region.c — libFuzzer target: a region file (region.json) from
 * outside, through sk_region_new_from_bytes. Seeds: fuzz/corpus/region. */
#include "sk-region.h"
#include "sk-fuzz.h"


int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRegion) region = sk_region_new_from_bytes (bytes, "fuzz-region.json", &error);

  /* Either a region or a message, never both and never neither. */
  g_assert ((region == NULL) != (error == NULL));
  sk_fuzz_check_message (error);
  return 0;
}
