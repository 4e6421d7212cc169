/* sk-correction.c — corrections of the region data made during a session. */
#include "sk-config.h"
#include "sk-correction.h"

GArray *
sk_corrections_to_additions (GPtrArray *corrections)
{
  GArray *additions = g_array_new (FALSE, FALSE, sizeof (SkReachAddition));

  for (guint i = 0; corrections != NULL && i < corrections->len; i++)
    {
      const SkStoreCorrection *c = g_ptr_array_index (corrections, i);
      SkReachAddition add = { sk_facility_type_from_id (c->type), c->lat, c->lon };

      if (add.type != SK_FACILITY_INVALID)
        g_array_append_val (additions, add);
    }
  return additions;
}

const SkFacilityType *
sk_correction_get_menu_types (size_t *n_types)
{
  /* The everyday facilities of domain.md §3 that a resident can point
   * at; a hospital or a station missing from the data is rare and is
   * better fixed in the region package. */
  static const SkFacilityType types[] = {
    SK_FACILITY_HUISARTS, SK_FACILITY_APOTHEEK, SK_FACILITY_SUPERMARKT,
    SK_FACILITY_BASISSCHOOL, SK_FACILITY_KINDEROPVANG, SK_FACILITY_ONTMOETINGSPLEK,
    SK_FACILITY_BUSHALTE, SK_FACILITY_SPORT, SK_FACILITY_BIBLIOTHEEK, SK_FACILITY_ZORG,
  };

  *n_types = G_N_ELEMENTS (types);
  return types;
}
