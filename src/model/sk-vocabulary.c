/* sk-vocabulary.c — facility types and travel modes. */
#include "sk-config.h"
#include "sk-vocabulary.h"

#include <glib/gi18n-lib.h>

typedef struct
{
  const char *id;
  const char *name;
} VocabEntry;

static const VocabEntry facility_types[SK_N_FACILITY_TYPES] = {
  { "huisarts", N_("Huisarts") },
  { "apotheek", N_("Apotheek") },
  { "huisartsenpost", N_("Huisartsenpost") },
  { "ziekenhuis", N_("Ziekenhuis") },
  { "basisschool", N_("Basisschool") },
  { "voortgezet", N_("Middelbare school") },
  { "kinderopvang", N_("Kinderopvang") },
  { "supermarkt", N_("Supermarkt") },
  { "station", N_("Treinstation") },
  { "bushalte", N_("Bushalte") },
  { "ontmoetingsplek", N_("Dorpshuis of ontmoetingsplek") },
  { "sport", N_("Sport") },
  { "bibliotheek", N_("Bibliotheek") },
  { "groen", N_("Groen en buiten") },
  { "werkplek", N_("Werkplaats") },
  { "zorg", N_("Zorg in het dorp") },
  { "mobiliteitshub", N_("Mobiliteitshub") },
};

static const VocabEntry modes[SK_N_MODES] = {
  { "lopen", N_("Lopen") },
  { "fiets", N_("Fiets") },
  { "efiets", N_("E-bike") },
  { "auto", N_("Auto") },
};

static int
vocab_lookup (const VocabEntry *entries,
              int               n,
              const char       *id)
{
  if (id == NULL)
    return -1;
  for (int i = 0; i < n; i++)
    if (g_str_equal (entries[i].id, id))
      return i;
  return -1;
}

const char *
sk_facility_type_to_id (SkFacilityType type)
{
  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, NULL);
  return facility_types[type].id;
}

SkFacilityType
sk_facility_type_from_id (const char *id)
{
  return (SkFacilityType) vocab_lookup (facility_types, SK_N_FACILITY_TYPES, id);
}

const char *
sk_facility_type_get_name (SkFacilityType type)
{
  g_return_val_if_fail (type >= 0 && type < SK_N_FACILITY_TYPES, NULL);
  return g_dgettext (GETTEXT_PACKAGE, facility_types[type].name);
}

const char *
sk_mode_to_id (SkMode mode)
{
  g_return_val_if_fail (mode >= 0 && mode < SK_N_MODES, NULL);
  return modes[mode].id;
}

SkMode
sk_mode_from_id (const char *id)
{
  return (SkMode) vocab_lookup (modes, SK_N_MODES, id);
}

const char *
sk_mode_get_name (SkMode mode)
{
  g_return_val_if_fail (mode >= 0 && mode < SK_N_MODES, NULL);
  return g_dgettext (GETTEXT_PACKAGE, modes[mode].name);
}
