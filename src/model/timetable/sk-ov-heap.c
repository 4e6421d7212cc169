/* sk-ov-heap.c — a binary min-heap of (moment, stop), for the searches
 * over stops that go by earliest time: the lower bounds (sk-ov-bounds.c)
 * and the reference Dijkstra (sk-ov-dijkstra.c). */
#include "sk-config.h"
#include "sk-ov-private.h"

void
sk_ov_heap_push (GArray  *heap,
                 gint32   t,
                 guint32  stop)
{
  SkOvHeapItem it = { t, stop };
  SkOvHeapItem *a;
  guint i;

  g_array_append_val (heap, it);
  a = (SkOvHeapItem *) heap->data;
  for (i = heap->len - 1; i > 0 && a[(i - 1) / 2].t > a[i].t; i = (i - 1) / 2)
    {
      SkOvHeapItem tmp = a[i];

      a[i] = a[(i - 1) / 2];
      a[(i - 1) / 2] = tmp;
    }
}

SkOvHeapItem
sk_ov_heap_pop (GArray *heap)
{
  SkOvHeapItem *a = (SkOvHeapItem *) heap->data;
  SkOvHeapItem top = a[0];
  guint n = heap->len - 1, i = 0;

  a[0] = a[n];
  g_array_set_size (heap, n);
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, m = i;
      SkOvHeapItem tmp;

      if (l < n && a[l].t < a[m].t)
        m = l;
      if (r < n && a[r].t < a[m].t)
        m = r;
      if (m == i)
        break;
      tmp = a[i];
      a[i] = a[m];
      a[m] = tmp;
      i = m;
    }
  return top;
}
