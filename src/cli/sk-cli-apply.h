/* sk-cli-apply.h — one line of `session apply` read and checked, apart
 * from storing it, so that the fuzzer (fuzz/fuzz-apply-line.c) reaches the
 * same code as the command. */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-store.h"
#include "sk-toolbox.h"

G_BEGIN_DECLS

/* The action of one line; its strings are borrowed from the parsed line,
 * kept alive by PARSER. */
typedef struct
{
  JsonParser    *parser;
  char          *geometry;
  char          *params;
  SkStoreAction  action;
} SkCliApply;

void     sk_cli_apply_clear (SkCliApply  *apply);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SkCliApply, sk_cli_apply_clear)

/* Reads LENGTH bytes of LINE (one JSON object) into APPLY and checks it
 * against TOOLBOX: the kind and its shape, the parameters against their
 * ranges, ids as JSON integers above 0, texts as strings. STORE (may be
 * NULL) gives the kind of an idea that a reshape or edit names; without
 * it those checks are left to the store. FALSE with a Dutch message that
 * names the field when the line is refused. */
gboolean sk_cli_apply_read  (SkCliApply  *apply,
                             SkToolbox   *toolbox,
                             SkStore     *store,
                             const char  *line,
                             gssize       length,
                             GError     **error);

G_END_DECLS
