#!/bin/sh
# Every translatable string in the sources is in po/en.po, translated and
# not fuzzy: the English UI is complete. Dutch is the source language.
set -eu
top="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$top"
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
  --add-comments=Translators --files-from=po/POTFILES.in --output="$tmp/samenkaart.pot" \
  --its=/usr/share/gettext/its/glib2.its 2>/dev/null || \
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
  --add-comments=Translators --files-from=po/POTFILES.in --output="$tmp/samenkaart.pot"
# Every msgid of the sources has an entry in en.po …
msgcmp --use-untranslated po/en.po "$tmp/samenkaart.pot"
# … and every entry is translated, none fuzzy.
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null po/en.po 2>&1)
echo "$stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "po/en.po is incomplete"; exit 1 ;;
esac
