/* sk-vocabulary.h — the shared identifiers of domain.md §6: facility types
 * and travel modes, as they appear in data, the CLI and JSON. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SK_FACILITY_HUISARTS,
  SK_FACILITY_APOTHEEK,
  SK_FACILITY_HUISARTSENPOST,
  SK_FACILITY_ZIEKENHUIS,
  SK_FACILITY_BASISSCHOOL,
  SK_FACILITY_VOORTGEZET,
  SK_FACILITY_KINDEROPVANG,
  SK_FACILITY_SUPERMARKT,
  SK_FACILITY_STATION,
  SK_FACILITY_BUSHALTE,
  SK_FACILITY_ONTMOETINGSPLEK,
  SK_FACILITY_SPORT,
  SK_FACILITY_BIBLIOTHEEK,
  SK_FACILITY_GROEN,
  SK_FACILITY_WERKPLEK,
  SK_FACILITY_ZORG,
  SK_FACILITY_MOBILITEITSHUB,
  SK_N_FACILITY_TYPES,
  SK_FACILITY_INVALID = -1,
} SkFacilityType;

typedef enum
{
  SK_MODE_LOPEN,
  SK_MODE_FIETS,
  SK_MODE_EFIETS,
  SK_MODE_AUTO,
  SK_N_MODES,
  SK_MODE_INVALID = -1,
} SkMode;

const char     *sk_facility_type_to_id    (SkFacilityType type);
SkFacilityType  sk_facility_type_from_id  (const char    *id);
/* Translated, plain-language name ("Huisarts", "Basisschool"). */
const char     *sk_facility_type_get_name (SkFacilityType type);

const char     *sk_mode_to_id             (SkMode         mode);
SkMode          sk_mode_from_id           (const char    *id);
const char     *sk_mode_get_name          (SkMode         mode);

G_END_DECLS
